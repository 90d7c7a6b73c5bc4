/**
 * The GitHub Pages workflow (.github/workflows/deploy-pages.yml), which no CI here can run: valid
 * by SchemaStore's schema of workflow files, installing as the README says, with what the PDF
 * needs, and giving the build a SITE_URL and BASE_PATH that the deployment reader turns into the
 * published address for both kinds of Pages site (configure-pages' documented outputs).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import { deployment } from '../../../src/lib/site/deployment.ts';

const WORKFLOW = parse(readFileSync('.github/workflows/deploy-pages.yml', 'utf8')) as {
  jobs: { build: { steps: { name?: string; id?: string; uses?: string; run?: string; env?: Record<string, string> }[] } };
};
const steps = WORKFLOW.jobs.build.steps;
const buildStep = steps.find((s) => s.run === 'npm run build')!;

/** The value of `${{ steps.pages.outputs.NAME }}` expressions in `text`, for the given outputs. */
const withOutputs = (text: string, outputs: Record<string, string>) =>
  text.replace(/\$\{\{\s*steps\.pages\.outputs\.(\w+)\s*\}\}/g, (_, name: string) => outputs[name] ?? '');

describe('the GitHub Pages workflow', () => {
  it('is a valid workflow file by SchemaStore’s schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync('tests/support/github-workflow.schema.json', 'utf8')) as object);
    expect(validate(WORKFLOW), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('installs as the README writes it, with the Chromium and the font the PDF needs, and requires the PDF', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('`npm ci && npm start`');
    expect(steps.map((s) => s.run)).toContain('npm ci --no-audit --no-fund');
    expect(steps.find((s) => s.run?.includes('apt-get install'))?.run).toMatch(/\bchromium\b.*\bfonts-wqy-microhei\b/);
    expect(buildStep.env).toMatchObject({ CHROMIUM_PATH: '/usr/bin/chromium', EDITION_PDF: 'required' });
    expect(steps.at(-1)).toMatchObject({ uses: expect.stringMatching(/^actions\/upload-pages-artifact@/), with: { path: 'dist' } });
  });

  it.each([
    {
      site: 'a project site',
      outputs: { base_url: 'https://octo.github.io/edition', base_path: '/edition' },
      url: 'https://octo.github.io/edition/',
      base: '/edition/',
    },
    { site: 'a user site', outputs: { base_url: 'https://octo.github.io', base_path: '' }, url: 'https://octo.github.io/', base: '/' },
    {
      site: 'a custom domain',
      outputs: { base_url: 'https://edition.example.org', base_path: '' },
      url: 'https://edition.example.org/',
      base: '/',
    },
  ])('gives the build the published address of $site', ({ outputs, url, base }) => {
    const env = {
      SITE_URL: withOutputs(buildStep.env!['SITE_URL']!, outputs),
      BASE_PATH: withOutputs(buildStep.env!['BASE_PATH']!, outputs),
    };
    expect(deployment(env, 'http://localhost:4321/')).toEqual({ base, site: new URL(url).origin + '/', url });
  });
});
