/**
 * The W3C Nu Html Checker (vnu-jar, run on Java) over every built page: no error of our own.
 * One message is allowed, by name: Starlight's sidebar (SidebarPersister.astro) puts
 * `aria-hidden="true"` on its two inline scripts on purpose, so that VoiceOver in Safari does not
 * read them out (withastro/starlight#2633); Starlight offers no override of that component, and
 * removing the attribute would bring the bug back.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import vnuJar from 'vnu-jar';
import { DIST, builtPages } from '../support/built-site.ts';

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  extract?: string;
}

const STARLIGHT_SIDEBAR_SCRIPT = 'The “aria-hidden” attribute must not be specified on the “script” element.';

function check(): VnuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', DIST], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`Java is needed to run the Nu Html Checker (.ci/run installs default-jre-headless): ${run.error.message}`);
  return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
}

describe('the built HTML', () => {
  const messages = check();
  const pageOf = (m: VnuMessage) => m.url.replace(/^file:.*?\/dist/, '').replace(/index\.html$/, '');

  it('has no validation error of our own on any page', () => {
    const ours = messages.filter((m) => m.type === 'error' && m.message !== STARLIGHT_SIDEBAR_SCRIPT).map((m) => `${pageOf(m)}: ${m.message} [${m.extract ?? ''}]`);
    expect(ours).toEqual([]);
    expect(messages.filter((m) => m.type === 'non-document-error')).toEqual([]);
  });

  it('the one allowed message comes only from Starlight’s sidebar scripts, two per page with a sidebar', () => {
    const allowed = messages.filter((m) => m.message === STARLIGHT_SIDEBAR_SCRIPT);
    expect(allowed.filter((m) => !m.extract?.includes('<script aria-hidden="true">'))).toEqual([]);
    const perPage = new Map<string, number>();
    for (const m of allowed) perPage.set(pageOf(m), (perPage.get(pageOf(m)) ?? 0) + 1);
    expect([...perPage.values()].every((n) => n === 2)).toBe(true);
    // Every page but the splash home page and the 404 page has the sidebar.
    expect(perPage.size).toBe(builtPages().filter((p) => p !== '/' && p !== '/404/').length);
  });
});
