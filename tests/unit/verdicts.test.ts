import { describe, expect, it } from 'vitest';
import { isUncheckedClaim } from '../../src/lib/verdicts';

describe('isUncheckedClaim', () => {
  const check = { kind: 'fact-check' };
  const context = { kind: 'context' };
  it('marks a quote or claim that no fact-check covers, whatever other notes it has', () => {
    expect(isUncheckedClaim({ kind: 'claim', annotations: [] })).toBe(true);
    expect(isUncheckedClaim({ kind: 'quote', annotations: [context] })).toBe(true);
  });
  it('leaves checked claims, narration and headings alone', () => {
    expect(isUncheckedClaim({ kind: 'claim', annotations: [context, check] })).toBe(false);
    expect(isUncheckedClaim({ kind: 'narration', annotations: [] })).toBe(false);
    expect(isUncheckedClaim({ kind: 'heading', annotations: [] })).toBe(false);
  });
});
