import { describe, expect, it } from 'vitest';
import { annotationSchema } from '../../src/schemas/annotation';
import { attributionFor, attributionsBySegment, attributionVaries } from '../../src/lib/attribution';

const check = {
  id: 'robot-check', segments: ['a-robot-for-everyone', 'like-a-car-in-every-home'], kind: 'fact-check', claimant: 'elon-musk',
  verdict: 'opinion', checked: '2026-11-28', claim: { en: 'c', 'zh-Hant': 'c' }, finding: { en: 'f', 'zh-Hant': 'f' },
  body: { en: 'b', 'zh-Hant': 'b' }, sources: ['a-source'],
};
const issues = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message).join('; ') ?? '';

describe('attribution per covered segment', () => {
  it('gives each segment its own value from a map, so that a segment whose wording was not found does not inherit its neighbour\'s', () => {
    const a = annotationSchema.parse({ ...check, attribution: { 'a-robot-for-everyone': 'documented-elsewhere', 'like-a-car-in-every-home': 'not-found' } });
    expect(attributionFor(a, 'a-robot-for-everyone')).toBe('documented-elsewhere');
    expect(attributionFor(a, 'like-a-car-in-every-home')).toBe('not-found');
    expect(attributionsBySegment(a)).toEqual([
      { segment: 'a-robot-for-everyone', attribution: 'documented-elsewhere' },
      { segment: 'like-a-car-in-every-home', attribution: 'not-found' },
    ]);
    expect(attributionVaries(a)).toBe(true);
  });

  it('spreads a single value over every covered segment, and gives none to a segment the note does not cover', () => {
    const a = annotationSchema.parse({ ...check, attribution: 'not-found' });
    expect(attributionsBySegment(a).map((x) => x.attribution)).toEqual(['not-found', 'not-found']);
    expect(attributionVaries(a)).toBe(false);
    expect(attributionFor(a, 'elsewhere')).toBeUndefined();
    expect(attributionsBySegment(annotationSchema.parse(check))).toEqual([]);
  });

  it('refuses a map that leaves out a covered segment or names one the note does not cover, naming the ids', () => {
    const missing = issues(annotationSchema.safeParse({ ...check, attribution: { 'a-robot-for-everyone': 'documented-elsewhere' } }));
    expect(missing).toContain('attribution per segment must name every segment of the note; missing: like-a-car-in-every-home — add each with its own attribution');
    const extra = issues(annotationSchema.safeParse({ ...check, attribution: { 'a-robot-for-everyone': 'not-found', 'like-a-car-in-every-home': 'not-found', stray: 'not-found' } }));
    expect(extra).toContain('attribution names segments the note does not cover: stray — add them to segments, or remove them');
  });

  it('refuses a value outside the attribution scale inside a map', () => {
    expect(annotationSchema.safeParse({ ...check, attribution: { 'a-robot-for-everyone': 'maybe', 'like-a-car-in-every-home': 'not-found' } }).success).toBe(false);
  });
});
