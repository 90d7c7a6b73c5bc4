/**
 * Keeps in a built page's Content-Security-Policy only the script and style hashes of that page's
 * own inline scripts and styles. Astro's security.csp lists the hashes of every inline script and
 * style it knows of on every page, and Starlight's are added for all pages (src/lib/site/security-policy.ts);
 * a hash of something the page does not hold allows nothing there, and each is 52 bytes no
 * compression shrinks. Run by built-html.ts, after policy-first.ts.
 */
import { createHash } from 'node:crypto';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of a page's inline scripts and styles (a script with `src` has no inline content). */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag, attributes, body] of html.matchAll(INLINE))
    if (!(tag!.toLowerCase() === 'script' && /\bsrc=/i.test(attributes!))) hashes.add(sha256(body!));
  return hashes;
}

/** The page with its policy's script-src and style-src hashes pruned to those of its own inline content. */
export function pagePolicyHashes(html: string): string {
  const policy = POLICY.exec(html);
  if (!policy) return html;
  const own = inlineHashes(html);
  const pruned = policy[2]!
    .split(';')
    .map((directive) =>
      /^\s*(script|style)-src\s/.test(directive)
        ? directive
            .split(/\s+/)
            .filter((token) => !token.startsWith("'sha256-") || own.has(token))
            .join(' ')
        : directive,
    )
    .join(';');
  return html.replace(policy[0], `${policy[1]}${pruned}${policy[3]}`);
}
