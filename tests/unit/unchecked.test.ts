import { describe, expect, it } from 'vitest';
import { isUncheckedClaim, isUncheckedSegment } from '../../src/lib/unchecked';

describe('unchecked quotes and claims', () => {
  const check = { kind: 'fact-check' };
  const context = { kind: 'context' };
  it('marks a quote or claim that no fact-check covers, whatever other notes it has', () => {
    expect(isUncheckedSegment({ kind: 'claim', annotations: [] })).toBe(true);
    expect(isUncheckedSegment({ kind: 'quote', annotations: [context] })).toBe(true);
    expect(isUncheckedClaim('quote', 0)).toBe(true);
  });
  it('leaves checked claims, narration and headings alone', () => {
    expect(isUncheckedSegment({ kind: 'claim', annotations: [context, check] })).toBe(false);
    expect(isUncheckedSegment({ kind: 'narration', annotations: [] })).toBe(false);
    expect(isUncheckedSegment({ kind: 'heading', annotations: [] })).toBe(false);
    expect(isUncheckedClaim('claim', 2)).toBe(false);
  });
});
