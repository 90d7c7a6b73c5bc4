/**
 * The knowledge base read from content/ the way the build reads it (same YAML reader, schemas and
 * integrity check), with optional files laid over it: how the fixtures prove that bad content
 * stops the build with a message naming the file, the field and the value.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { readEntityYaml, validateEntity } from '../../src/lib/content/yaml-file.ts';
import { checkKnowledgeBase } from '../../src/lib/knowledge/integrity.ts';
import type { KbEntity } from '../../src/lib/knowledge/entities.ts';
import { ENTITY_COLLECTIONS, type EntityCollection } from '../../src/lib/knowledge/matcher.ts';
import { tokenize } from '../../src/lib/paper/model.ts';
import { datasetText } from '../../src/lib/data/text.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { agreementSchema } from '../../src/schemas/agreement.ts';
import { projectSchema } from '../../src/schemas/project.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';

const SCHEMAS: Record<EntityCollection, z.ZodType> = {
  countries: countrySchema,
  agreements: agreementSchema,
  projects: projectSchema,
  organisations: organisationSchema,
};

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : name.endsWith('.mdx') ? [path] : [];
  });
}

/** Paragraphs (with their text) and tables (with their words), as the mention index sees them. */
export function blocksOnDisk() {
  const paragraphs = tokenize(mdxFiles('content/paper').map((path) => ({ pageId: path, body: readFileSync(path, 'utf8') }))).flatMap((t) =>
    t.kind === 'paragraph' ? [{ id: t.id, text: t.text }] : [],
  );
  const tables = readdirSync('content/data')
    .filter((f) => f.endsWith('.json'))
    .map((f) => datasetSchema.parse(JSON.parse(readFileSync(join('content/data', f), 'utf8'))))
    .map((d) => ({ id: d.id, text: datasetText(d) }));
  return [...paragraphs, ...tables];
}

/** Every entity file under content/, with `overlay` files (content-relative paths) added or replacing. */
export function entityFilesOnDisk(overlay: Record<string, string> = {}): Map<string, string> {
  const files = new Map<string, string>();
  for (const collection of ENTITY_COLLECTIONS) {
    for (const name of readdirSync(join('content', collection)).filter((f) => f.endsWith('.yaml'))) {
      const path = `content/${collection}/${name}`;
      files.set(path, readFileSync(path, 'utf8'));
    }
  }
  for (const [path, text] of Object.entries(overlay)) files.set(path, text);
  return files;
}

/** Loads every entity as the build does; throws the first file's schema problems, as the loader does. */
export function entitiesOnDisk(overlay: Record<string, string> = {}): KbEntity[] {
  return [...entityFilesOnDisk(overlay)].map(([file, text]) => {
    const [, collection, name] = file.split('/') as [string, EntityCollection, string];
    const data = validateEntity(readEntityYaml(text, file), file, SCHEMAS[collection]);
    return { collection, id: name.replace(/\.yaml$/, ''), file, data } as KbEntity;
  });
}

/** The messages the build stops with for this content, or [] when it builds. */
export function knowledgeBaseProblems(overlay: Record<string, string> = {}): string[] {
  try {
    return checkKnowledgeBase(entitiesOnDisk(overlay), blocksOnDisk());
  } catch (e) {
    return (e as Error).message.split('\n');
  }
}
