/**
 * Bad content stops the build with a message naming the file, the field and the value. The
 * schemas and parsers here are the ones the content collections run at build time.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePageStarts } from '../../src/lib/content/page-starts-file.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { pageStartSchema } from '../../src/schemas/page-start.ts';
import { knowledgeBaseProblems } from '../support/knowledge-on-disk.ts';
import { articleMetaOnDisk } from '../support/citations-on-disk.ts';
import { readEdition } from '../../src/lib/content/meta-files.ts';

const FIXTURES = 'tests/fixtures';

function firstIssue(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const issue = result.error?.issues[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : 'valid';
}

// tei-* fixtures are files the TEI validator must refuse (tests/content/tei-file-is-valid-and-whole.test.ts).
describe.each(readdirSync(FIXTURES).filter((name) => !/^(kb|meta|tei)-/.test(name)))('fixture %s', (name) => {
  const dir = join(FIXTURES, name);
  const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim();
  const [input] = readdirSync(dir).filter((f) => f !== 'expected.txt');
  const text = readFileSync(join(dir, input!), 'utf8');

  it('is refused with the expected message', () => {
    let message: string;
    if (input === 'page-starts.yaml') {
      try {
        const entries = parsePageStarts(text, `${dir}/${input}`);
        message = Object.values(entries)
          .map((e) => firstIssue(pageStartSchema.safeParse(e)))
          .filter((m) => m !== 'valid')
          .join('\n');
      } catch (e) {
        message = (e as Error).message;
      }
    } else {
      message = firstIssue(datasetSchema.safeParse(JSON.parse(text)));
    }
    expect(message).toBe(expected);
  });
});

/** Knowledge-base fixtures: files under the fixture's content/ are laid over the real content. */
describe.each(readdirSync(FIXTURES).filter((name) => name.startsWith('kb-')))('knowledge-base fixture %s', (name) => {
  const dir = join(FIXTURES, name);
  const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim().split('\n');
  const overlay = Object.fromEntries(
    readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [`content/${f}`, readFileSync(join(dir, 'content', f), 'utf8')]),
  );

  it('is refused with the expected message, naming file, field and value', () => {
    expect(knowledgeBaseProblems(overlay)).toEqual(expected);
  });
});

describe('the real knowledge base', () => {
  it('has no problems', () => {
    expect(knowledgeBaseProblems()).toEqual([]);
  });
});

/** The article's metadata and the edition: the readers the build uses (src/lib/content/meta-files.ts, src/lib/paper/article-meta.ts). */
describe.each(readdirSync(FIXTURES).filter((name) => name.startsWith('meta-') && existsSync(join(FIXTURES, name, 'expected.txt'))))(
  'metadata fixture %s',
  (name) => {
    const dir = join(FIXTURES, name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim();

    it('is refused with the expected message, naming file, field and value', () => {
      const read = () =>
        existsSync(join(dir, 'edition.yaml')) ? readEdition(join(dir, 'edition.yaml'), {}) : articleMetaOnDisk(join(dir, 'paper.yaml'));
      expect(read).toThrow(expected);
    });
  },
);
