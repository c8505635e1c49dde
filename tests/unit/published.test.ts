/** The published-text guard (src/lib/published.ts): what counts as a change, what covers it, what the update records. */
import { describe, expect, test } from 'vitest';
import { changesSince, guardProblems, parsePublished, serializePublished, updatePublished, type CurrentText, type LogEntry } from '../../src/lib/published';
import { shortSha256 } from '../../src/data/digest';

const MDX = 'content/transcripts/demo.mdx';
const NOTES = 'content/annotations/demo/checks.yaml';
// Fictional test text (tests/ only): two segments and one fact-check.
const published: CurrentText = {
  slug: 'demo',
  file: MDX,
  segments: [
    { id: 'first', original: '第一句。', translation: 'The first sentence.' },
    { id: 'second', original: '第二句。', translation: 'The second sentence.' },
  ],
  annotations: [
    { id: 'first-check', file: NOTES, verdict: 'accurate' },
    { id: 'first-context', file: NOTES },
  ],
};
const record = updatePublished(undefined, published, [], shortSha256).record;
const edit = (patch: (t: CurrentText) => CurrentText) => patch(structuredClone(published) as CurrentText);
const entry = (id: string, field: string, ids: Partial<Pick<LogEntry, 'segments' | 'annotations'>>): LogEntry => ({ id, transcript: 'demo', segments: [], annotations: [], field, ...ids });
const allThree = edit((t) => ({
  ...t,
  segments: [{ id: 'first', original: '第一句!', translation: 'The first sentence, corrected.' }, t.segments[1]!],
  annotations: [{ ...t.annotations[0]!, verdict: 'inaccurate' }, t.annotations[1]!],
}));
const HOW = 'add an entry to content/corrections.yaml (docs/authoring/corrections.md, "Correcting published text"), then run npm run corrections:update';

describe('the published-text guard', () => {
  test('records short digests of both texts of each segment and of each verdict, nothing applied yet', () => {
    expect(record.segments.first).toEqual({ original: shortSha256('第一句。'), translation: shortSha256('The first sentence.') });
    expect(record.segments.first!.original).toMatch(/^[0-9a-f]{16}$/);
    expect(record.verdicts).toEqual({ 'first-check': shortSha256('accurate') });
    expect(record.applied).toEqual([]);
  });

  test('unchanged text, and a new segment, are no change', () => {
    expect(changesSince(record, published, shortSha256)).toEqual([]);
    const added = edit((t) => ({ ...t, segments: [...t.segments, { id: 'third', original: '新的一句。', translation: 'A new sentence.' }] }));
    expect(guardProblems(record, added, [], shortSha256)).toEqual([]);
  });

  test('refuses an unlogged change to the Chinese, the English and a verdict: one line per id, naming file, id, fields and the fix', () => {
    expect(guardProblems(record, allThree, [], shortSha256)).toEqual([
      `${MDX} [first] the Chinese text and the English changed since it was published, and no correction entry names it — ${HOW} (one entry each with field: original / field: translation, segments: [first])`,
      `${NOTES} [first-check] the verdict changed since it was published, and no correction entry names it — ${HOW} (field: verdict, annotations: [first-check])`,
    ]);
  });

  test('names the segment’s or the note’s position when it is known', () => {
    const placed = edit((t) => ({ ...t, segments: [{ ...t.segments[0]!, translation: 'Changed.', at: `${MDX}:12:1` }, t.segments[1]!] }));
    expect(guardProblems(record, placed, [], shortSha256)[0]).toMatch(/^content\/transcripts\/demo\.mdx:12:1 \[first\] the English changed/);
  });

  test('a removed verdict is a change too', () => {
    const removed = edit((t) => ({ ...t, annotations: [{ id: 'first-check', file: NOTES }] }));
    expect(changesSince(record, removed, shortSha256)).toEqual([{ id: 'first-check', file: NOTES, field: 'verdict' }]);
  });

  test('accepts each change that a pending entry names with its id and field, and only that', () => {
    const log = [entry('fix-zh', 'original', { segments: ['first'] }), entry('fix-verdict', 'verdict', { annotations: ['first-check'] })];
    expect(guardProblems(record, allThree, log, shortSha256)).toEqual([
      `${MDX} [first] the English changed since it was published, and no correction entry names it — ${HOW} (field: translation, segments: [first])`,
    ]);
    const full = [...log, entry('fix-en', 'translation', { segments: ['first'] })];
    expect(guardProblems(record, allThree, full, shortSha256)).toEqual([]);
  });

  test('an entry for another transcript, another id or another field does not cover a change', () => {
    const wrong = [
      { ...entry('other-transcript', 'translation', { segments: ['first'] }), transcript: 'elsewhere' },
      entry('other-id', 'translation', { segments: ['second'] }),
      entry('other-field', 'note', { segments: ['first'], annotations: ['first-check'] }),
    ];
    const onlyEn = edit((t) => ({ ...t, segments: [{ ...t.segments[0]!, translation: 'Changed.' }, t.segments[1]!] }));
    expect(guardProblems(record, onlyEn, wrong, shortSha256)).toHaveLength(1);
  });

  test('the update records the new text and marks the entries applied: the same entry then covers no further change', () => {
    const log = [entry('fix-en', 'translation', { segments: ['first'] })];
    const onlyEn = edit((t) => ({ ...t, segments: [{ ...t.segments[0]!, translation: 'Changed once.' }, t.segments[1]!] }));
    expect(guardProblems(record, onlyEn, log, shortSha256)).toEqual([]);
    const { record: after, newlyApplied } = updatePublished(record, onlyEn, log, shortSha256);
    expect(newlyApplied).toEqual(['fix-en']);
    expect(after.applied).toEqual(['fix-en']);
    expect(after.segments.first!.translation).toBe(shortSha256('Changed once.'));
    expect(guardProblems(after, onlyEn, log, shortSha256)).toEqual([]);
    const again = edit((t) => ({ ...t, segments: [{ ...t.segments[0]!, translation: 'Changed twice.' }, t.segments[1]!] }));
    expect(guardProblems(after, again, log, shortSha256)).toHaveLength(1);
    expect(updatePublished(after, onlyEn, log, shortSha256).newlyApplied).toEqual([]);
  });

  test('a segment that is gone keeps its digest, so that restoring its id is guarded again', () => {
    const gone = edit((t) => ({ ...t, segments: [t.segments[1]!] }));
    expect(Object.keys(updatePublished(record, gone, [], shortSha256).record.segments)).toEqual(['first', 'second']);
  });

  test('the committed file round-trips, one line per id', () => {
    const text = serializePublished({ ...record, applied: ['fix-en'] });
    expect(parsePublished(JSON.parse(text), 'p.json')).toEqual({ ...record, applied: ['fix-en'] });
    expect(text).toContain(`    "first": { "original": "${record.segments.first!.original}", "translation": "${record.segments.first!.translation}" }`);
    expect(() => parsePublished({ slug: 'demo', segments: { first: 'x' } }, 'p.json')).toThrow(/^p\.json "segments" must map each id .* — restore it from git, or run npm run corrections:update$/);
  });
});
