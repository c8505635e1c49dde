import { describe, expect, it } from 'vitest';
import { assembleTranscript, checkSiteWideIds, type AssembleInput } from '../../src/lib/assemble';
import { annotationSchema } from '../../src/schemas/annotation';
import { sourceSchema } from '../../src/schemas/source';
import type { Speaker } from '../../src/schemas/speaker';
import type { Source } from '../../src/schemas/source';

const speakers = new Map<string, Speaker>([
  ['elon-musk', { id: 'elon-musk', name: { en: 'Elon Musk', 'zh-Hant': '馬斯克' }, role: { en: 'r', 'zh-Hant': 'r' }, kind: 'person' }],
  ['ai-deep-researcher', { id: 'ai-deep-researcher', name: { en: 'Author', 'zh-Hant': '作者' }, role: { en: 'r', 'zh-Hant': 'r' }, kind: 'narrator' }],
]);
const source: Source = { id: 'a-source', title: 'T', publisher: 'P', url: 'https://example.org/a', provenance: 'seen', type: 'secondary', language: 'en' };
const body = `<Section id="opening" original="開場" translation="Opening">

<Segment id="first-quote" speaker="elon-musk" kind="quote">
<Original>我們要先把算力建好。</Original>
<Translation>We have to build the compute first.</Translation>
</Segment>

</Section>`;
const meta = {
  slug: 'demo', title: { en: 'Demo', 'zh-Hant': '示範' }, summary: { en: 's', 'zh-Hant': 's' }, event: { name: 'E' },
  date: new Date('2025-07-26'), place: { en: 'p', 'zh-Hant': 'p' }, speakers: ['elon-musk', 'ai-deep-researcher'],
  sourceDocument: { publisher: { en: 'p', 'zh-Hant': 'p' }, author: 'a', url: 'https://example.org/r', language: 'zh-Hant' },
  originalLanguage: 'zh-Hant', translationLanguage: 'en', translationNote: { en: 't', 'zh-Hant': 't' },
};
const factCheck = {
  id: 'first-quote-check', segments: ['first-quote'], kind: 'fact-check', claimant: 'elon-musk', verdict: 'unverified', checked: '2026-11-28',
  claim: { en: 'c', 'zh-Hant': 'c' }, finding: { en: 'f', 'zh-Hant': 'f' }, body: { en: 'b', 'zh-Hant': 'b' }, sources: ['a-source'],
};
const input = (over: Partial<AssembleInput> = {}): AssembleInput => ({
  meta, file: 'content/transcripts/demo.mdx', body, speakers, sources: new Map([['a-source', source]]),
  annotationFiles: [{ file: 'content/annotations/demo/checks.yaml', annotations: [annotationSchema.parse(factCheck)] }], ...over,
});

describe('assembleTranscript', () => {
  it('places segments and attaches annotations and cited sources', () => {
    const t = assembleTranscript(input());
    expect(t.segments.map((s) => [s.id, s.index, s.sectionId])).toEqual([['first-quote', 0, 'opening']]);
    expect(t.segments[0]!.annotations.map((a) => a.id)).toEqual(['first-quote-check']);
    expect(t.sources.map((s) => s.id)).toEqual(['a-source']);
  });

  it('refuses start times out of reading order, naming both segments', () => {
    const two = body.replace('</Section>', '<Segment id="second-quote" speaker="elon-musk" kind="quote" start="3">\n<Original>然後是能源。</Original>\n<Translation>Then energy.</Translation>\n</Segment>\n\n</Section>');
    expect(assembleTranscript(input({ body: two.replace('kind="quote">', 'kind="quote" start="1.5">') })).segments.map((s) => s.start)).toEqual([1.5, 3]);
    expect(() => assembleTranscript(input({ body: two.replace('kind="quote">', 'kind="quote" start="9">') }))).toThrow(/demo\.mdx:\d+:\d+ \[second-quote\] start="3" is earlier than the start="9" of "first-quote" before it — times follow reading order: correct one of the two/);
  });

  it('fails on an unknown speaker, naming file and segment', () => {
    expect(() => assembleTranscript(input({ body: body.replace('speaker="elon-musk"', 'speaker="someone"') }))).toThrow(/demo\.mdx:3:1 \[first-quote\] unknown speaker "someone"/);
  });

  it('fails when an annotation cites an unknown source id, naming the annotation file and id', () => {
    const a = annotationSchema.parse({ ...factCheck, sources: ['nowhere'] });
    expect(() => assembleTranscript(input({ annotationFiles: [{ file: 'content/annotations/demo/checks.yaml', annotations: [a] }] }))).toThrow(/checks\.yaml:1:1 \[first-quote-check\] unknown source "nowhere" — /);
  });

  it('fails when an annotation names a segment that does not exist', () => {
    const a = annotationSchema.parse({ ...factCheck, segments: ['gone'] });
    expect(() => assembleTranscript(input({ annotationFiles: [{ file: 'x.yaml', annotations: [a] }] }))).toThrow(/x\.yaml:1:1 \[first-quote-check\] unknown segment "gone"/);
  });

  it('refuses a heading in a person\'s words, telling the author to make it a quote with its level', () => {
    const heading = body.replace('kind="quote"', 'kind="heading" level="2"');
    expect(() => assembleTranscript(input({ body: heading }))).toThrow(/demo\.mdx:\d+:\d+ \[first-quote\] a heading in the words of "elon-musk" is a quote — write kind="quote" and keep level="2"/);
    // The same words as a quote set as a heading are accepted, and keep their level.
    const t = assembleTranscript(input({ body: body.replace('kind="quote"', 'kind="quote" level="2"') }));
    expect(t.segments[0]).toMatchObject({ kind: 'quote', level: 2 });
  });

  it('fails when the slug is not the file name', () => {
    expect(() => assembleTranscript(input({ file: 'content/transcripts/other.mdx' }))).toThrow(/slug "demo" differs from the file name "other" — /);
  });

  it('fails when two transcripts share a segment id', () => {
    const a = assembleTranscript(input());
    const b = assembleTranscript(input({ meta: { ...meta, slug: 'demo2' }, file: 'content/transcripts/demo2.mdx', annotationFiles: [] }));
    expect(() => checkSiteWideIds([a, b])).toThrow(/demo2\.mdx:\d+:1 \[first-quote\] segment id already used in content\/transcripts\/demo\.mdx:\d+:1/);
  });
});

describe('annotation and source schemas', () => {
  const issues = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message).join('; ') ?? '';

  it('refuses a verdict outside the scale', () => {
    expect(issues(annotationSchema.safeParse({ ...factCheck, verdict: 'half-true' }))).toMatch(/verdict|Invalid option/i);
  });

  it('refuses a fact-check with no source, saying how to fix it', () => {
    expect(issues(annotationSchema.safeParse({ ...factCheck, sources: [] }))).toContain('a fact-check must cite at least one source — add sources: [source-id]');
  });

  it('refuses a fact-check without a verdict, and a verdict on a translation note', () => {
    const { verdict: _v, ...noVerdict } = factCheck;
    expect(issues(annotationSchema.safeParse(noVerdict))).toContain('a fact-check needs a verdict');
    expect(issues(annotationSchema.safeParse({ id: 'tr', segments: ['x'], kind: 'translation', verdict: 'accurate', body: { en: 'b', 'zh-Hant': 'b' } }))).toContain('only a fact-check has a verdict');
  });

  it('asks every note but a fact-check for a title, and refuses one on a fact-check', () => {
    const note = { id: 'tr-compute', segments: ['x'], kind: 'translation', body: { en: 'b', 'zh-Hant': 'b' } };
    expect(issues(annotationSchema.safeParse(note))).toContain('a translation note needs a title');
    expect(annotationSchema.safeParse({ ...note, title: { en: 't', 'zh-Hant': 't' } }).success).toBe(true);
    expect(issues(annotationSchema.safeParse({ ...factCheck, title: { en: 't', 'zh-Hant': 't' } }))).toContain('a fact-check has no title');
  });

  it('refuses a missing translation of a note', () => {
    expect(issues(annotationSchema.safeParse({ ...factCheck, body: { en: 'b', 'zh-Hant': '' } }))).toMatch(/Traditional Chinese text is missing/);
  });

  it.each(['not a url', 'javascript:alert(1)', 'ftp://example.org/x', '/relative/path', 'https://exa mple.org/x', 'https:///path', 'https://localhost/x'])('refuses the source URL %s', (url) => {
    expect(sourceSchema.safeParse({ ...source, url }).success).toBe(false);
  });

  it('refuses a URL given from memory typed as a primary document, or without a note, and defaults to seen', () => {
    const note = { en: 'n', 'zh-Hant': 'n' };
    expect(issues(sourceSchema.safeParse({ ...source, provenance: 'from-memory', type: 'primary', note }))).toContain('a from-memory URL was not read, so its type cannot be primary — use type: reference');
    expect(issues(sourceSchema.safeParse({ ...source, provenance: 'from-memory', type: 'reference' }))).toContain('a from-memory URL needs a note');
    expect(sourceSchema.safeParse({ ...source, provenance: 'from-memory', type: 'reference', note }).success).toBe(true);
    const { provenance: _p, ...unsaid } = source;
    expect(sourceSchema.parse(unsaid).provenance).toBe('seen');
  });

  it('refuses an http URL unless the source says the page was seen only over http', () => {
    expect(issues(sourceSchema.safeParse({ ...source, url: 'http://example.org/x' }))).toMatch(/must be https — /);
    expect(sourceSchema.safeParse({ ...source, url: 'http://example.org/x', httpOnly: true }).success).toBe(true);
  });

  it.each(['2025-13', '2025-02-30', '2025-04-31', '2025-13-45', '2025-00-10'])('refuses the impossible date %s', (published) => {
    expect(issues(sourceSchema.safeParse({ ...source, published }))).toMatch(/is not a date on the calendar — /);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(sourceSchema.safeParse({ ...source, published: '2024-02-29' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, published: '2025-02-29' }).success).toBe(false);
  });

  it('refuses a fact-check reviewed in the future', () => {
    expect(issues(annotationSchema.safeParse({ ...factCheck, checked: '2999-01-01' }))).toMatch(/is in the future — /);
  });

  it('accepts a source with a month-precise date and refuses a made-up format', () => {
    expect(sourceSchema.safeParse({ ...source, published: '2025-07' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, published: 'late July 2025' }).success).toBe(false);
  });
});
