/** The verbatim check of the original column against its source text (src/lib/source-text.ts). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { verbatimProblems, type OriginalText } from '../../src/lib/source-text';
import { parseTranscriptBody } from '../../src/lib/transcript-body';
import type { Transcript } from '../../src/lib/assemble';
import { missingSourceText, sourceTextFile, sourceTextProblems } from '../../src/data/source-texts';
import { formatProblem } from '../../src/lib/problem';

// Fictional test text (tests/ only): two lines of a made-up report, split into four segments.
const SOURCE = '記者問:今天好嗎?他說:很好。 明天再談。\n第二行的話,到此為止。\n';
const segs: OriginalText[] = [
  { id: 'asked', text: '記者問:今天好嗎?' },
  { id: 'answer', text: '他說:很好。' },
  { id: 'tomorrow', text: '明天再談。' },
  { id: 'second-line', text: '第二行的話,到此為止。' },
];
const without = (id: string) => segs.filter((s) => s.id !== id);

describe('verbatimProblems', () => {
  it('accepts the source split into segments at any whitespace or none', () => {
    expect(verbatimProblems(SOURCE, segs)).toEqual([]);
  });

  it('accepts a half-width mark written full-width, and nothing else changed', () => {
    const full = segs.map((s) => ({ ...s, text: s.text.replace(/,/g, '，').replace(/:/g, '：').replace(/\?/g, '？') }));
    expect(verbatimProblems(SOURCE, full)).toEqual([]);
    // The reverse is not allowed: a full-width mark of the source stays full-width.
    expect(verbatimProblems('他說：好。', [{ id: 'a', text: '他說:好。' }])).toHaveLength(1);
  });

  it('refuses a dropped sentence, once, naming it at the segment after the gap', () => {
    const problems = verbatimProblems(SOURCE, without('answer'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'tomorrow', offset: 0 });
    expect(problems[0]!.problem).toBe('the source text has “他說:很好。” before this segment, and no segment publishes it');
  });

  it('refuses a dropped last sentence', () => {
    const problems = verbatimProblems(SOURCE, without('second-line'));
    expect(problems.map((p) => p.problem)).toEqual(['the source text goes on after the last segment with “第二行的話,到此為止。”, which no segment publishes']);
  });

  it('refuses reordered segments', () => {
    const swapped = [segs[0]!, segs[2]!, segs[1]!, segs[3]!];
    const problems = verbatimProblems(SOURCE, swapped);
    expect(problems.map((p) => p.id)).toEqual(['tomorrow', 'answer']);
    expect(problems[1]!.problem).toBe('this text comes earlier in the source text: the segments are out of order');
  });

  it('refuses an added sentence, and goes on checking after it', () => {
    const added = [segs[0]!, { id: 'invented', text: '這句不在報導裡。' }, ...segs.slice(1)];
    const problems = verbatimProblems(SOURCE, added);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'invented', problem: '“這句不在報導裡。” is not in the source text' });
  });

  it('refuses an added segment whose words occur later in the source, once, and checks the rest in place', () => {
    const added = [segs[0]!, { id: 'echo', text: '為止。' }, ...segs.slice(1)];
    const problems = verbatimProblems(SOURCE, added);
    expect(problems).toEqual([expect.objectContaining({ id: 'echo', offset: 0, problem: '“為止。” is not in the source text here: the segment after it goes on where the one before it ended' })]);
  });

  it('refuses a changed character, pointing at it, and reports nothing else', () => {
    const changed = segs.map((s) => (s.id === 'answer' ? { ...s, text: '他說:不好。' } : s));
    const problems = verbatimProblems(SOURCE, changed);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'answer', offset: 3 });
    expect(problems[0]!.problem).toBe('“不好。” differs from the source text, which has “很好。 明天再談。 第二行的話,到此為止。”');
  });

  it('refuses removed or added spaces inside a sentence ("7 月" is not "7月")', () => {
    expect(verbatimProblems('7 月 27 日', [{ id: 'a', text: '7月 27 日' }])).toHaveLength(1);
    expect(verbatimProblems('7 月 27 日', [{ id: 'a', text: '7 月  27\n日' }])).toEqual([]);
  });

  it('this transcript publishes its source text verbatim', () => {
    const body = readFileSync('content/transcripts/x-takeover-2025.mdx', 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    const segments = parseTranscriptBody(body, 'x').flatMap((s) => s.segments).map((s) => ({ id: s.id, text: s.original }));
    expect(segments.length).toBeGreaterThan(140);
    expect(verbatimProblems(readFileSync('content/source-texts/x-takeover-2025.txt', 'utf8'), segments)).toEqual([]);
  });
});

describe('the build’s lines for source texts (src/data/source-texts.ts)', () => {
  const file = 'content/transcripts/x-takeover-2025.mdx';
  const mdx = readFileSync(file, 'utf8');
  const segments = parseTranscriptBody(mdx.replace(/^---[\s\S]*?\n---\n/, ''), file).flatMap((s) => s.segments);
  const transcript = (segs: { id: string; original: string }[], slug = 'x-takeover-2025') => ({ meta: { slug }, file, segments: segs }) as unknown as Transcript;

  it('finds the transcript’s source text by its slug, and says so when a transcript has none', () => {
    expect(sourceTextFile('x-takeover-2025')).toBe('content/source-texts/x-takeover-2025.txt');
    expect(missingSourceText(transcript(segments))).toBeUndefined();
    expect(formatProblem(missingSourceText(transcript(segments, 'not-here'))!)).toBe(`${file}:1:1 [not-here] warning: has no source text, so nothing checks that its original column is verbatim — put the text it publishes in content/source-texts/not-here.txt (docs/authoring/transcripts.md, "Source texts")`);
  });

  it('points at the changed character: path:line:col [id] problem (source file) — how to fix', () => {
    expect(sourceTextProblems(transcript(segments))).toEqual([]);
    const changed = segments.map((s) => (s.id === 'supersonic-tsunami' ? { ...s, original: s.original.replace('超音速', '超高速') } : s));
    // The first difference is the second character: 超 is the same.
    const lines = mdx.slice(0, mdx.indexOf('音速海嘯')).split('\n');
    expect(sourceTextProblems(transcript(changed)).map(formatProblem)).toEqual([
      `${file}:${lines.length}:${lines.at(-1)!.length + 1} [supersonic-tsunami] “高速海嘯”。” differs from the source text, which has “音速海嘯”。 這句話不誇張。在短短幾個月內,xA…” (content/source-texts/x-takeover-2025.txt) — the original column publishes the source text verbatim: copy this passage from the source text again`,
    ]);
  });
});
