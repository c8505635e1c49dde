import { describe, expect, it } from 'vitest';
import { coverProblems, missingCovers } from '../../src/lib/covers';
import { annotationSchema, type Annotation } from '../../src/schemas/annotation';

const file = 'content/annotations/demo/checks.yaml';
const transcript = 'content/transcripts/demo.mdx';
const segments = new Map([
  ['two-claims', { id: 'two-claims', original: '儲能部署達 31.4 GWh,營收約 101 億美元。', translation: 'Storage reached 31.4 GWh, and revenue about US$10.1 billion.' }],
  ['other', { id: 'other', original: '別的。', translation: 'Other.' }],
]);
const check = (id: string, over: Partial<Record<string, unknown>> = {}): Annotation =>
  annotationSchema.parse({
    id, segments: ['two-claims'], kind: 'fact-check', claimant: 'someone', verdict: 'accurate', checked: '2026-11-28',
    claim: { en: 'c', 'zh-Hant': 'c' }, finding: { en: 'f', 'zh-Hant': 'f' }, body: { en: 'b', 'zh-Hant': 'b' }, sources: ['s'], ...over,
  });
import { formatProblem, type Problem } from '../../src/lib/problem';

/** The lines the author sees (no YAML file to place them in here, so at 1:1). */
const messages = (problems: Problem[]) => problems.map((p) => formatProblem({ ...p, path: undefined }));

describe('covers: which words of a segment each of its fact-checks is about', () => {
  const storage = check('storage-check', { covers: { 'two-claims': { original: '儲能部署達 31.4 GWh', translation: 'Storage reached 31.4 GWh' } } });
  const revenue = check('revenue-check', { covers: { 'two-claims': { original: '營收約 101 億美元', translation: 'revenue about US$10.1 billion' } } });

  it('accepts excerpts copied exactly from the segment, one per fact-check', () => {
    expect(messages([storage, revenue].flatMap((a) => coverProblems({ annotation: a, file, index: 0 }, segments, transcript)))).toEqual([]);
    expect(messages(missingCovers([{ annotation: storage, file, index: 0 }, { annotation: revenue, file, index: 1 }]))).toEqual([]);
  });

  it('names the file, the note and the words that are not in the segment, in each language', () => {
    const wrong = check('revenue-check', { covers: { 'two-claims': { original: '營收約 100 億美元', translation: 'revenue of about $10 billion' } } });
    expect(messages(coverProblems({ annotation: wrong, file, index: 0 }, segments, transcript))).toEqual([
      `${file}:1:1 [revenue-check] covers.two-claims.original "營收約 100 億美元" is not in the segment's original text — copy the words exactly from its <Original> in ${transcript}`,
      `${file}:1:1 [revenue-check] covers.two-claims.translation "revenue of about $10 billion" is not in the segment's translation — copy the words exactly from its <Translation> in ${transcript}`,
    ]);
  });

  it('refuses excerpts for a segment the note is not on', () => {
    const astray = check('storage-check', { covers: { other: { original: '別的', translation: 'Other' } } });
    expect(messages(coverProblems({ annotation: astray, file, index: 0 }, segments, transcript))).toEqual([
      `${file}:1:1 [storage-check] covers names segment "other", which is not in this note's segments — use one of: two-claims`,
    ]);
  });

  it('asks every fact-check of a segment with several to say which words it checks', () => {
    const bare = check('revenue-check');
    expect(messages(missingCovers([{ annotation: storage, file, index: 0 }, { annotation: bare, file, index: 1 }]))).toEqual([
      `${file}:1:1 [revenue-check] segment "two-claims" has several fact-checks (also storage-check): say which of its words this one checks — add covers: { two-claims: { original: "…", translation: "…" } } with words copied exactly from the segment`,
    ]);
  });

  it('does not ask it of a segment with one fact-check, nor of other notes', () => {
    const context = annotationSchema.parse({ id: 'some-context', segments: ['two-claims'], kind: 'context', title: { en: 't', 'zh-Hant': 't' }, body: { en: 'b', 'zh-Hant': 'b' } });
    expect(missingCovers([{ annotation: check('revenue-check'), file, index: 0 }, { annotation: context, file, index: 1 }])).toEqual([]);
  });
});
