/** The corrections log's cross-references, order and feed (src/lib/corrections.ts, src/lib/feed.ts). */
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/problem';
import { correctionProblems, correctionsBySegment, newestFirst, type CorrectionTargets } from '../../src/lib/corrections';
import { correctionFeedItems } from '../../src/lib/feed';
import type { Correction } from '../../src/schemas/correction';

// Fictional entries (tests/ only).
const base = { type: 'correction', segments: [], annotations: [], sources: [], before: 'was', after: 'is', reason: { en: 'Why.', 'zh-Hant': '原因。' } } as const;
const entry = (e: Partial<Correction> & Pick<Correction, 'id' | 'date' | 'field'>): Correction => ({ ...base, segments: [], annotations: [], sources: [], ...e });
const targets: CorrectionTargets = {
  transcripts: new Map([['demo', { segments: ['first', 'second'], annotations: [{ id: 'second-check', segments: ['second', 'first'] }] }]]),
  sourceIds: new Set(['a-source']),
};

describe('the corrections log', () => {
  test('a consistent log has no problem', () => {
    const log = [
      entry({ id: 'a', date: '2026-12-01', field: 'translation', transcript: 'demo', segments: ['first'] }),
      entry({ id: 'b', date: '2026-12-02', field: 'source', sources: ['a-source'] }),
      entry({ id: 'c', date: '2026-12-02', field: 'page' }),
    ];
    expect(correctionProblems(log, targets)).toEqual([]);
  });

  test('every problem at once, one line each, naming the file, the entry and the fix', () => {
    const log = [
      entry({ id: 'a', date: '2026-12-01', field: 'translation', transcript: 'demo', segments: ['nope'], annotations: ['gone'] }),
      entry({ id: 'a', date: '2026-12-01', field: 'source', sources: ['no-source'] }),
      entry({ id: 'b', date: '2026-12-01', field: 'verdict', transcript: 'missing' }),
      entry({ id: 'c', date: '2026-12-01', field: 'translation' }),
    ];
    expect(correctionProblems(log, targets).map(formatProblem)).toEqual([
      'content/corrections.yaml:1:1 [a] unknown segment "nope" in demo — use an id from content/transcripts/demo.mdx',
      'content/corrections.yaml:1:1 [a] unknown annotation "gone" in demo — use an id from content/annotations/demo/',
      'content/corrections.yaml:1:1 [a] this id is used by another entry too — give each entry its own id (it is the entry’s anchor on /corrections/)',
      'content/corrections.yaml:1:1 [a] unknown source "no-source" — use an id from content/data/sources.yaml',
      'content/corrections.yaml:1:1 [b] unknown transcript "missing" — use the slug of a file in content/transcripts/',
      'content/corrections.yaml:1:1 [c] field "translation" belongs to a transcript — add "transcript: <slug>"',
      'content/corrections.yaml:1:1 [c] names nothing that changed — list the segments, annotations or sources it corrects (or use field: page for page text)',
    ]);
  });

  test('given the file’s text, each line points at the entry: path:line:col', () => {
    const text = '# The log\n- id: first-entry\n  date: "2026-12-01"\n- id: bad\n';
    const log = [entry({ id: 'bad', date: '2026-12-01', field: 'translation', transcript: 'demo', segments: ['nope'] })];
    expect(correctionProblems(log, targets, 'content/corrections.yaml', text).map(formatProblem)).toEqual([
      'content/corrections.yaml:4:1 [bad] unknown segment "nope" in demo — use an id from content/transcripts/demo.mdx',
    ]);
  });

  test('newest first; entries of one day by id', () => {
    const log = [entry({ id: 'old', date: '2026-01-02', field: 'page' }), entry({ id: 'y', date: '2026-12-06', field: 'page' }), entry({ id: 'x', date: '2026-12-06', field: 'page' })];
    expect(newestFirst(log).map((e) => e.id)).toEqual(['x', 'y', 'old']);
  });

  test('a segment is corrected by entries naming it or a note on it', () => {
    const log = [
      entry({ id: 'en-fix', date: '2026-12-01', field: 'translation', transcript: 'demo', segments: ['first'] }),
      entry({ id: 'verdict-fix', date: '2026-12-03', field: 'verdict', transcript: 'demo', annotations: ['second-check'] }),
      entry({ id: 'source-fix', date: '2026-12-04', field: 'source', sources: ['a-source'] }),
    ];
    const by = correctionsBySegment(log, targets);
    expect(by.get('first')?.map((e) => e.id)).toEqual(['verdict-fix', 'en-fix']);
    expect(by.get('second')?.map((e) => e.id)).toEqual(['verdict-fix']);
    expect(by.size).toBe(2);
  });

  test('the feed has one item per entry, newest first, linking to its anchor in the reader’s language', () => {
    const log = [
      entry({ id: 'en-fix', date: '2026-12-01', field: 'translation', transcript: 'demo', segments: ['first'] }),
      entry({ id: 'verdict-fix', date: '2026-12-03', type: 'clarification', field: 'verdict', transcript: 'demo', annotations: ['second-check'] }),
    ];
    const site = new URL('https://example.org');
    const en = correctionFeedItems(log, 'en', site);
    expect(en.map((i) => i.link)).toEqual(['https://example.org/corrections/#verdict-fix', 'https://example.org/corrections/#en-fix']);
    expect(en[0]).toMatchObject({ title: 'Clarification: Verdict (second-check)', pubDate: new Date('2026-12-03T00:00:00Z') });
    const zh = correctionFeedItems(log, 'zh-Hant', site);
    expect(zh[1]).toMatchObject({ title: '更正：英譯（first）', link: 'https://example.org/zh-hant/corrections/#en-fix' });
    expect(zh[1]!.description).toContain('原因。');
  });
});
