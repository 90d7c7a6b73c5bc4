/**
 * Reads a built HTML page; writes its Content-Security-Policy <meta> (made by Astro's
 * security.csp, which places it after the head's other content) right after <meta charset>. A
 * <meta> policy governs only what follows it, and Starlight's inline theme script and the
 * stylesheets come earlier in the head. Run by built-html.ts.
 */

const POLICY = /<meta http-equiv="content-security-policy"[^>]*>/i;
const CHARSET = /<meta charset="[^"]*"\/?>/i;

/** The HTML with its policy moved to follow <meta charset>; unchanged if it has no policy or no charset. */
export function policyFirst(html: string): string {
  const policy = POLICY.exec(html)?.[0];
  const charset = CHARSET.exec(html);
  if (!policy || !charset) return html;
  const without = html.replace(policy, '');
  const at = charset.index + charset[0].length;
  return `${without.slice(0, at)}${policy}${without.slice(at)}`;
}
