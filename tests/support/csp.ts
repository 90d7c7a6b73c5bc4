/** Content-Security-Policy violations as the browser reports them to the page (securitypolicyviolation events). */
import type { Page } from 'playwright-core';

/** An init script: records every violation of the page's policy on `window`, from the first byte. */
export function recordPolicyViolations(): void {
  const violations: string[] = [];
  (window as unknown as { __policyViolations: string[] }).__policyViolations = violations;
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
  );
}

/** The violations recorded so far on the page (after `recordPolicyViolations` ran as an init script). */
export const policyViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __policyViolations?: string[] }).__policyViolations ?? ['(not recording)']);
