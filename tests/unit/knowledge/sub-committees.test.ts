import { describe, expect, it } from 'vitest';
import { subCommitteeCheck } from '../../../src/lib/knowledge/sub-committees.ts';

describe('the sub-committee count check', () => {
  it('is silent when the printed count equals the names listed', () => {
    expect(subCommitteeCheck(2, ['energy', 'security'])).toBeUndefined();
  });
  it('is silent when the paper prints no count or no names', () => {
    expect(subCommitteeCheck(undefined, ['energy'])).toBeUndefined();
    expect(subCommitteeCheck(3, undefined)).toBeUndefined();
  });
  it('notes a count that differs from the names, keeping both', () => {
    expect(subCommitteeCheck(4, ['economy', 'trade', 'humanities', 'security', 'energy'])).toMatchObject({ printedCount: 4, named: 5 });
    expect(subCommitteeCheck(4, ['a', 'b', 'c', 'd', 'e'])?.note).toContain('prints 4 sub-committees but names 5');
  });
});
