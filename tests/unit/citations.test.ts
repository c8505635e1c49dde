import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { parseTranscriptBody } from '../../src/lib/transcript-body';
import { formatCitations, formatEach, segmentItem, transcriptBibliography, type CiteContext } from '../../src/lib/citations';
import { xTakeoverMeta, xTakeoverSpeakers } from '../fixtures/x-takeover-2025.meta';

const meta = xTakeoverMeta;
const speakers = xTakeoverSpeakers;
const ctx: CiteContext = { meta, speakers, site: new URL('https://interlinear.example/') };
const quote = { id: 'supersonic-tsunami', speaker: 'elon-musk', original: '這不是進步,這就像一場“超音速海嘯”。', translation: 'This isn’t progress — it’s like a “supersonic tsunami”.' };
const narration = { id: 'ai-is-a-power-hog', speaker: 'ai-deep-researcher', original: 'AI 是耗電大戶。', translation: 'AI is a power hog.' };
const f = formatCitations([segmentItem(quote, ctx)]);
const permalink = 'https://interlinear.example/transcripts/x-takeover-2025/supersonic-tsunami/';

describe('a segment citation', () => {
  test.each(['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csljson'] as const)('%s keeps the Chinese text and names speaker, date, permalink, translation', (format) => {
    const text = f[format];
    expect(text).toContain('這不是進步');
    expect(text).toMatch(/Musk/);
    expect(text).toMatch(/2025/);
    expect(text).toContain(permalink);
    expect(text).toMatch(/translat/i);
  });

  test.each(['apa', 'chicago', 'bibtex', 'ris', 'csljson'] as const)('%s names the source report (AI深度研究員, 鉅亨號)', (format) => {
    expect(f[format]).toContain('AI深度研究員');
    expect(f[format]).toContain('鉅亨號');
  });

  test('MLA names the source report too, and APA the event', () => {
    expect(f.mla).toContain('AI深度研究員');
    expect(f.apa).toContain('X Takeover 2025');
  });

  test.each(['bibtex', 'ris', 'csljson'] as const)('%s parses back with citation-js, with the Chinese title, speaker, date and URL', async (format) => {
    const [item] = (await Cite.async(f[format])).data as { title: string; author: { family?: string; literal?: string }[]; URL: string; issued: { 'date-parts': number[][] } }[];
    expect(item!.title).toContain('這不是進步,這就像一場“超音速海嘯”。');
    expect(item!.title).toContain('English translation by Interlinear');
    expect(item!.author[0]!.family ?? item!.author[0]!.literal).toBe('Musk');
    expect(item!.URL).toBe(permalink);
    expect(item!.issued['date-parts'][0]![0]).toBe(2025);
  });

  test('BibTeX writes Chinese as Chinese (not escapes) and keys the entry by the segment id', () => {
    expect(f.bibtex).toMatch(/^@misc\{supersonic-tsunami,/);
    expect(f.bibtex).not.toMatch(/\\u|\{\\/);
  });

  test('BibTeX gives the month as the standard macro (no day in it) and braces the whole title, a quotation no style may re-case', () => {
    expect(f.bibtex).toMatch(/^\tmonth = jul,$/m);
    expect(f.bibtex).not.toMatch(/month = \{/);
    expect(f.bibtex).toMatch(/^\ttitle = \{\{這不是進步.*\}\},$/m);
  });

  test('RIS dates are zero-padded, as the RIS date format asks', () => {
    expect(f.ris).toMatch(/^DA {2}- 2025\/07\/26\/$/m);
  });

  test('a heading is cited without the report’s decorative bullet (🔹)', () => {
    const heading = { id: 'beyond-cars', speaker: 'ai-deep-researcher', original: '🔹 賣車之外,AI才是新能源大機會', translation: 'Beyond selling cars' };
    const item = segmentItem(heading, ctx);
    expect(item.title.startsWith('賣車之外')).toBe(true);
    expect(formatCitations([item]).bibtex).not.toContain('🔹');
  });

  test('RIS lines are never wrapped (a wrapped URL would break on import)', () => {
    for (const line of f.ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  test('the narrator is cited by the report’s byline', () => {
    const n = formatCitations([segmentItem(narration, ctx)]);
    expect(n.apa.startsWith('AI深度研究員.')).toBe(true);
  });
});

describe('the transcript bibliography', () => {
  const segs = [quote, narration, { ...quote, id: 'another-quote' }];
  const all = formatCitations(transcriptBibliography(ctx, segs));
  test('BibTeX keys are unique, stable and derived from the ids', async () => {
    const keys = [...all.bibtex.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual(['x-takeover-2025', 'supersonic-tsunami', 'ai-is-a-power-hog', 'another-quote']);
    expect(formatCitations(transcriptBibliography(ctx, segs)).bibtex).toBe(all.bibtex);
  });
  test('the transcript’s own entry is the report’s, by its byline (the interviewee is in its title and in each quote’s entry)', async () => {
    const [entry] = (await Cite.async(all.bibtex)).data as { author: { literal?: string; family?: string }[] }[];
    expect(entry!.author[0]!.literal ?? entry!.author[0]!.family).toBe('AI深度研究員');
    expect(formatCitations([transcriptBibliography(ctx, [])[0]!]).mla.startsWith('AI深度研究員.')).toBe(true);
  });
  test.each(['bibtex', 'ris'] as const)('%s parses back entry by entry', async (format) => {
    const data = (await Cite.async(all[format])).data as { title: string }[];
    expect(data).toHaveLength(4);
    expect(data[0]!.title).toContain('馬斯克在 X Takeover 2025 的連線訪談');
  });
});

test('BibTeX escapes LaTeX specials ($ % & # _) so that entries parse and round-trip', async () => {
  const tricky = { id: 'tricky-figures', speaker: 'ai-deep-researcher', original: '營收約 101 億美元,同比增長 +67%,R&D #1_x', translation: 'US$10.1 billion, up 67% — R&D #1_x' };
  const bib = formatCitations([segmentItem(tricky, ctx)]).bibtex;
  expect(bib).toContain('US\\$10.1');
  const [item] = (await Cite.async(bib)).data as { title: string }[];
  expect(item!.title).toContain('同比增長 +67%,R&D #1_x');
  expect(item!.title).toContain('US$10.1 billion, up 67%');
});

describe('formatEach: many segments, each exactly as formatted alone', () => {
  // Same author, same year: a plain bibliography would add "2025a"/"2025b" or dashes for the repeated author.
  const hostile = [
    quote,
    narration,
    { ...quote, id: 'another-quote', original: '第二段。', translation: 'A second one.' },
    { ...narration, id: 'tricky', original: '+67%,R&D #1_x', translation: 'US$10.1 billion' },
    { ...quote, id: 'straight-quotes', original: '他說"不"。', translation: `He said "it's 'no'", didn't he?` },
    { ...quote, id: 'markup-like', original: '<i>斜體</i> & <b>粗體</b>', translation: '<script>alert(1)</script> & <span class="nocase">x</span>' },
    { ...quote, id: 'quote-first', original: '「超音速海嘯」', translation: '"Supersonic tsunami"' },
    { ...narration, id: 'brackets', original: '[註] 文字', translation: '[Note] text (with parentheses)' },
    { ...narration, id: 'token-lookalike', original: '字', translation: 'zqtitleqz https://token.invalid/zqurlqz' },
  ];

  test('hostile titles: quotes, apostrophes, markup, LaTeX specials, the template tokens themselves', () => {
    const items = hostile.map((s) => segmentItem(s, ctx));
    const each = formatEach(items);
    expect([...each.keys()]).toEqual(hostile.map((s) => s.id));
    for (const item of items) expect(each.get(item.id), item.id).toEqual(formatCitations([item]));
  });

  test('every segment of the published transcript; citeproc formats in full only the first of each speaker', () => {
    const file = 'content/transcripts/x-takeover-2025.mdx';
    const segments = parseTranscriptBody(readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---'), file).flatMap((sec) => sec.segments);
    expect(segments.length).toBeGreaterThan(100);
    const items = segments.map((s) => segmentItem(s, ctx));
    const alone: string[] = [];
    const each = formatEach(items, (id) => alone.push(id));
    for (const item of items) expect(each.get(item.id), item.id).toEqual(formatCitations([item]));
    expect(alone).toEqual([...new Map(segments.map((s) => [s.speaker, s.id])).keys()].map((sp) => segments.find((s) => s.speaker === sp)!.id));
    // Formatting every segment alone outran vitest's default 5 s on a busy two-core machine.
  }, 60_000);
});
