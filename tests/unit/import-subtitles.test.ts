import { describe, expect, it } from 'vitest';
import { mergeCues, parseSrt, parseVtt } from '../../src/lib/import/subtitles';
import { alignCues } from '../../src/lib/import/align';
import { ImportError } from '../../src/lib/import/blocks';

const problemsOf = (f: () => unknown) => {
  try { f(); } catch (e) { if (e instanceof ImportError) return e.message.split('\n'); throw e; }
  throw new Error('no ImportError thrown');
};

const vtt = `WEBVTT

NOTE a note --> is not a cue? (no: notes may not hold arrows; this line is only a comment)

1
00:00:01.000 --> 00:00:03.000
<v Ann Lee>Hello &lt;there&gt; &amp; {you},

00:00:03.000 --> 00:00:05.500
how are you?

00:00:09.000 --> 00:00:10.000 align:start
<v.loud Bob>Fine <i>thanks</i>.
`;

describe('WebVTT', () => {
  it('reads times, voice spans (a cue without one continues the speaker), entities and the timing line', () => {
    const cues = parseVtt(vtt.replace(/^NOTE.*$/m, 'NOTE a comment'), 'a.vtt');
    expect(cues).toEqual([
      { start: 1, end: 3, text: 'Hello <there> & {you},', speaker: 'Ann Lee', line: 6 },
      { start: 3, end: 5.5, text: 'how are you?', speaker: 'Ann Lee', line: 9 },
      { start: 9, end: 10, text: 'Fine thanks.', speaker: 'Bob', line: 12 },
    ]);
  });
  it('reads what tools export: header lines, styles, settings, karaoke timestamps, ruby', () => {
    const youtube = 'WEBVTT\nKind: captions\nLanguage: en\n\nSTYLE\n::cue { color: red }\n\n00:00:00.000 --> 00:00:02.000 align:start position:0%\nso<00:00:00.500><c> the</c><00:00:01.000><c> plan</c>\n\n00:00:02.000 --> 00:00:04.000 size:50\n<ruby>漢<rt>han</rt></ruby> &nbsp;done\n';
    expect(parseVtt(youtube, 'y.vtt').map((c) => [c.text, c.line])).toEqual([['so the plan', 8], ['漢 \u00a0done', 11]]);
  });
  it('a malformed cue is reported with its line', () => {
    expect(problemsOf(() => parseVtt('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nback\n', 'b.vtt'))[0]).toMatch(/^b\.vtt:3:\d+ WebVTT: End timestamp is not greater than start timestamp\. — /);
  });
  it('merges cues of one speaker into a paragraph that ends at a sentence end', () => {
    const blocks = mergeCues(parseVtt(vtt.replace(/^NOTE.*$/m, 'NOTE a comment'), 'a.vtt'));
    expect(blocks.map((b) => [b.speaker, b.text, b.start, b.line])).toEqual([
      ['Ann Lee', 'Hello <there> & {you}, how are you?', 1, 6],
      ['Bob', 'Fine thanks.', 9, 12],
    ]);
  });
  it('keeps going past a sentence end until a pause', () => {
    const cues = [0, 1, 2].map((i) => ({ start: i * 3, end: i * 3 + 3, text: `句${i}。`, speaker: 'A', line: i + 1 }));
    expect(mergeCues(cues).map((b) => b.text)).toEqual(['句0。句1。句2。']);
    cues[2]!.start = 8;
    expect(mergeCues(cues).map((b) => b.text)).toEqual(['句0。句1。', '句2。']);
  });
  it('a new speaker always starts a new paragraph, even mid-sentence and without a pause', () => {
    const cues = [{ start: 0, end: 2, text: 'So the', speaker: 'A', line: 1 }, { start: 2, end: 4, text: 'Right.', speaker: 'B', line: 4 }];
    expect(mergeCues(cues).map((b) => [b.speaker, b.text])).toEqual([['A', 'So the'], ['B', 'Right.']]);
  });
});

describe('SRT', () => {
  it('reads numbered cues, a leading Name: as the speaker, and drops formatting tags', () => {
    const cues = parseSrt('1\n00:00:01,000 --> 00:00:02,500\nJane: <i>Hi</i> {\\an8}a < b\n\n2\n00:00:02,500 --> 00:00:04,000\nstill Jane.\n', 's.srt');
    expect(cues).toEqual([
      { start: 1, end: 2.5, text: 'Hi a < b', speaker: 'Jane', line: 2 },
      { start: 2.5, end: 4, text: 'still Jane.', speaker: 'Jane', line: 6 },
    ]);
  });
  it('a file with no cue is an error', () => {
    expect(problemsOf(() => parseSrt('hello\n', 's.srt'))[0]).toMatch(/^s\.srt:1:1 no subtitle cue found/);
  });
});

describe('aligning subtitles by time', () => {
  const original = mergeCues(parseSrt('1\n00:00:01,000 --> 00:00:04,000\n甲：你好。\n\n2\n00:00:10,000 --> 00:00:12,000\n乙：再見。\n', 'o.srt'));
  it('gives each paragraph the translation cues it overlaps', () => {
    const t = parseSrt('1\n00:00:01,000 --> 00:00:02,000\nA: Hello,\n\n2\n00:00:02,000 --> 00:00:04,000\nthere.\n\n3\n00:00:10,000 --> 00:00:12,000\nB: Bye.\n', 't.srt');
    expect(alignCues(original, t, 'o.srt', 't.srt').map((p) => [p.original.text, p.translation.text, p.translation.speaker])).toEqual([
      ['你好。', 'Hello, there.', 'A'],
      ['再見。', 'Bye.', 'B'],
    ]);
  });
  it('a cue overlapping nothing, and a paragraph left untranslated, name both files', () => {
    const t = parseSrt('1\n00:00:01,000 --> 00:00:04,000\nA: Hello.\n\n2\n00:00:06,000 --> 00:00:07,000\nB: Bye.\n', 't.srt');
    expect(problemsOf(() => alignCues(original, t, 'o.srt', 't.srt'))).toEqual([
      't.srt:6:1 cue 00:00:06.000 --> 00:00:07.000 overlaps no cue of o.srt (nearest: o.srt:6, 00:00:10.000) — give the translation the same cue times as the original (translate the subtitle file itself, keeping its timings)',
      'o.srt:6:1 the paragraph starting 00:00:10.000 has no translation: no cue of t.srt overlaps it (nearest: t.srt:6, 00:00:06.000) — add the translated cue at the same time in the translation file',
    ]);
  });
});
