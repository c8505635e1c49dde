import { describe, expect, it } from 'vitest';
import { codePoints, MAX_TWINS, overlapProblems, pieces, rawIndex, readNoteSpans, spanWords, twinNumbers, utf16Index } from '../../src/lib/note-spans';
import { findWords, spanSelectors, textPositionSelector, textQuoteSelector } from '../../src/lib/text-selectors';
import { decodeText } from '../../src/lib/text-elements';
import { spanProblems } from '../../src/lib/span-checks';
import { formatProblem } from '../../src/lib/problem';
import { readTranscriptBody } from '../../src/lib/transcript-body';

const read = (raw: string) => readNoteSpans(raw, '<Original>');
const words = (raw: string) => {
  const r = read(raw);
  return r.spans.map((s) => [s.note, spanWords(r.text, s)]);
};

describe('readNoteSpans: the published text and the spans', () => {
  it('drops the tags from the text and keeps code-point offsets (hand-checked)', () => {
    const r = read('這不是進步,這就像一場“<Note id="tr-supersonic">超音速海嘯</Note>”。');
    expect(r.text).toBe('這不是進步,這就像一場“超音速海嘯”。');
    // 這不是進步,這就像一場“ is 12 characters; 超音速海嘯 is 5.
    expect(r.spans).toEqual([{ note: 'tr-supersonic', start: 12, end: 17, at: 12 }]);
    expect(r.problems).toEqual([]);
  });

  it('counts an emoji outside the BMP (a surrogate pair) as one character', () => {
    const r = read('🔹 賣車之外,AI才是<Note id="tr-new-energy">新能源</Note>大機會');
    expect(r.text).toBe('🔹 賣車之外,AI才是新能源大機會');
    // 🔹 is 2 UTF-16 code units but 1 code point: "🔹 賣車之外,AI才是" is 11 code points, 12 UTF-16 units.
    expect(r.spans[0]).toMatchObject({ start: 11, end: 14 });
    expect(r.text.indexOf('新能源')).toBe(12);
    expect(spanWords(r.text, r.spans[0]!)).toBe('新能源');
  });

  it('decodes character references inside and around a span, keeping the offsets right', () => {
    const r = read('a &lt; b <Note id="x">&#123;c&#125; &amp; d</Note> e');
    expect(r.text).toBe('a < b {c} & d e');
    expect(r.text).toBe(decodeText('a &lt; b &#123;c&#125; &amp; d e'));
    expect(r.spans[0]).toMatchObject({ start: 6, end: 13 });
    expect(spanWords(r.text, r.spans[0]!)).toBe('{c} & d');
  });

  it('joins lines as the text does, and leaves the spaces around the words out of the span', () => {
    const r = read('\n  first line\n<Note id="x"> marked\nwords </Note>\n last  ');
    expect(r.text).toBe('first line marked words last');
    expect(words('\n  first line\n<Note id="x"> marked\nwords </Note>\n last  ')).toEqual([['x', 'marked words']]);
  });

  it('reads nested spans and several spans of one note', () => {
    expect(words('<Note id="outer">a <Note id="inner">b</Note> c</Note> and <Note id="inner">b</Note> again')).toEqual([['outer', 'a b c'], ['inner', 'b'], ['inner', 'b']]);
  });

  it.each([
    ['an unclosed tag', 'a <Note id="x">b', '<Note id="x"> is not closed inside <Original>'],
    ['a stray closing tag', 'a </Note> b', '"</Note>" closes no <Note> inside <Original>'],
    ['an empty span', 'a <Note id="x"> </Note> b', '<Note id="x"> marks no words'],
    ['a tag without id', 'a <Note>b</Note>', '"<Note>" needs exactly one attribute, id="…"'],
    ['another attribute', 'a <Note id="x" kind="y">b</Note>', '"<Note id="x" kind="y">" needs exactly one attribute, id="…"'],
    ['an id that is not one', 'a <Note id="Tr_X">b</Note>', '<Note id="Tr_X">: a note id is lowercase kebab-case'],
  ])('reports %s at its tag, with the text still read', (_what, raw, problem) => {
    const r = read(raw);
    expect(r.problems.map((p) => p.problem)).toEqual([problem]);
    expect(r.problems[0]!.at).toBe(raw.indexOf('<', 1));
    expect(r.text).toBe(decodeText(raw.replace(/<\/?Note[^>]*>/g, '')));
  });
});

describe('overlapProblems: what the page cannot draw', () => {
  const s = (note: string, start: number, end: number) => ({ note, start, end });
  it('allows spans one after the other, and a span of one note inside another note’s', () => {
    expect(overlapProblems([s('a', 0, 3), s('b', 3, 5), s('c', 0, 5), s('d', 1, 2)])).toEqual([]);
  });
  it('refuses a partial overlap, naming the later span', () => {
    expect(overlapProblems([s('a', 0, 4), s('b', 2, 6)])).toEqual([{ span: s('b', 2, 6), other: s('a', 0, 4), problem: 'partial' }]);
  });
  it('refuses a span inside another of the same note, and the same span twice', () => {
    expect(overlapProblems([s('a', 0, 6), s('a', 2, 4)]).map((p) => p.problem)).toEqual(['same-note']);
    expect(overlapProblems([s('a', 1, 4), s('a', 1, 4)]).map((p) => p.problem)).toEqual(['same-note']);
  });
});

describe('pieces: the text as the page draws it', () => {
  it('cuts at span edges, each piece with the notes holding it, outermost first (emoji kept whole)', () => {
    const text = '🔹ab cd ef';
    expect(pieces(text, [{ note: 'outer', start: 1, end: 6 }, { note: 'inner', start: 4, end: 6 }])).toEqual([
      { text: '🔹', notes: [] },
      { text: 'ab ', notes: ['outer'] },
      { text: 'cd', notes: ['outer', 'inner'] },
      { text: ' ef', notes: [] },
    ]);
    expect(pieces(text, []).map((p) => p.text).join('')).toBe(text);
  });
});

describe('selectors (code points, hand-checked)', () => {
  it('a TextQuoteSelector keeps 32 characters of context either side, fewer at the edges', () => {
    const text = `${'前'.repeat(40)}超音速海嘯${'後'.repeat(40)}`;
    expect(textQuoteSelector(text, 40, 45)).toEqual({ type: 'TextQuoteSelector', exact: '超音速海嘯', prefix: '前'.repeat(32), suffix: '後'.repeat(32) });
    expect(textQuoteSelector('ab超音速cd', 2, 5)).toEqual({ type: 'TextQuoteSelector', exact: '超音速', prefix: 'ab', suffix: 'cd' });
  });

  it('never cuts a surrogate pair in the context', () => {
    const text = `😀${'x'.repeat(31)}WORD${'y'.repeat(31)}🚀tail`;
    const q = textQuoteSelector(text, 32, 36);
    expect(q.exact).toBe('WORD');
    expect(q.prefix).toBe(`😀${'x'.repeat(31)}`);
    expect(q.suffix).toBe(`${'y'.repeat(31)}🚀`);
    expect(codePoints(q.prefix)).toBe(32);
  });

  it('a TextPositionSelector is the span’s code-point range', () => {
    expect(textPositionSelector(12, 15)).toEqual({ type: 'TextPositionSelector', start: 12, end: 15 });
    expect(spanSelectors('🔹 賣車之外,AI才是新能源大機會', 11, 14)).toEqual([
      { type: 'TextQuoteSelector', exact: '新能源', prefix: '🔹 賣車之外,AI才是', suffix: '大機會' },
      { type: 'TextPositionSelector', start: 11, end: 14 },
    ]);
  });

  it('findWords gives code points, utf16Index goes back', () => {
    const text = '👩🏽‍🚀 says “supersonic tsunami”';
    // 👩🏽‍🚀 is 4 code points (7 UTF-16 units); then " says “" is 7.
    expect(findWords(text, 'supersonic tsunami')).toEqual({ start: 11, end: 29 });
    expect(utf16Index(text, 11)).toBe(text.indexOf('supersonic'));
    expect(findWords(text, 'absent')).toBeUndefined();
  });
});

describe('spanProblems: the check’s lines', () => {
  const E = { original: '<Original>', translation: '<Translation>' };
  const F = 'content/transcripts/t.mdx';
  const N = 'content/annotations/t/notes.yaml';
  const span = (note: string, segment: string, start: number, end: number, line: number, side: 'original' | 'translation' = 'original') => ({ note, segment, side, start, end, pos: { line, col: 10 } });
  const note = (id: string, segments: string[], index = 0) => ({ id, segments, file: N, index });
  const lines = (...args: Parameters<typeof spanProblems>) => spanProblems(...args).map(formatProblem);

  it('says nothing when every spanned note marks words in each of its segments, in either text', () => {
    expect(lines(F, [span('a', 's1', 0, 2, 3), span('a', 's1', 0, 3, 4, 'translation'), span('a', 's2', 1, 2, 9, 'translation')], [note('a', ['s1', 's2']), note('whole-segment', ['s1'])], E, 'content/annotations/t/')).toEqual([]);
  });

  it('reports the note past the nine a segment can light as twins, once, at its first span', () => {
    const ids = Array.from({ length: MAX_TWINS + 2 }, (_, i) => `n${i}`);
    const spans = ids.map((id, i) => span(id, 's1', i, i + 1, 20 + i));
    expect(lines(F, spans, ids.map((id) => note(id, ['s1'])), E, 'content/annotations/t/')).toEqual([
      'content/transcripts/t.mdx:29:10 [s1] <Note id="n9"> is the 10th note marking words in this segment: the page lights up the twins of at most 9 — leave the notes about the whole segment unmarked (a note without <Note> tags is on the whole segment), or split the segment',
    ]);
    expect(lines(F, spans.slice(0, MAX_TWINS), ids.slice(0, MAX_TWINS).map((id) => note(id, ['s1'])), E, 'content/annotations/t/')).toEqual([]);
  });

  it('reports a span naming no note, at the span', () => {
    expect(lines(F, [span('tr-nope', 's1', 0, 2, 3)], [note('a', ['s1'])], E, 'content/annotations/t/')).toEqual([
      'content/transcripts/t.mdx:3:10 [s1] <Note id="tr-nope"> names no note of this transcript — use the id of a note in content/annotations/t/, or remove the <Note> tags',
    ]);
  });

  it('reports a span in a segment its note is not on, and a named segment without the note’s span', () => {
    const p = spanProblems(F, [span('a', 's3', 0, 2, 12)], [note('a', ['s1'], 4)], E, 'content/annotations/t/');
    expect(p.map(formatProblem)).toEqual([
      'content/transcripts/t.mdx:12:10 [s3] <Note id="a"> marks words in a segment its note is not on (segments: s1) — add s3 to the note\'s segments in content/annotations/t/notes.yaml, or remove the <Note> tags',
      'content/annotations/t/notes.yaml:1:1 [a] the note marks its words with <Note id="a"> in s3 but not in s1 — mark the words it is about in s1\'s <Original> or <Translation> too, or remove s1 from segments',
    ]);
    // The check turns the YAML path into line:col.
    expect(p[1]!.path).toEqual(['annotations', 4, 'segments', 0]);
  });

  it('says nothing of the spans of a note naming a segment that does not exist: the reference check reports that id once', () => {
    const known = new Set(['s1', 's3']);
    expect(lines(F, [span('a', 's3', 0, 2, 12)], [note('a', ['s-typo'])], E, 'content/annotations/t/', known)).toEqual([]);
    // With every named segment known, the same span is off its note's segments.
    expect(lines(F, [span('a', 's3', 0, 2, 12)], [note('a', ['s1'])], E, 'content/annotations/t/', known)).toHaveLength(2);
  });

  it('reports spans the page cannot draw, at the later one', () => {
    expect(lines(F, [span('a', 's1', 0, 6, 3), span('a', 's1', 2, 4, 3), span('b', 's1', 5, 8, 3)], [note('a', ['s1']), note('b', ['s1'])], E, 'content/annotations/t/')).toEqual([
      'content/transcripts/t.mdx:3:10 [s1] <Note id="a"> inside another <Note id="a">: the same note twice over the same words — remove the inner <Note id="…"> and its </Note>',
      'content/transcripts/t.mdx:3:10 [s1] <Note id="b"> overlaps <Note id="a"> without being inside it: the page cannot draw marks that cross — end one span before the other starts, or put one wholly inside the other',
    ]);
  });
});

describe('rawIndex: a character of the text, found in the file past the span tags', () => {
  it('skips tags before and at the character, and gives up where the source is not the text as written', () => {
    const raw = '一場“<Note id="tr-x">超音速海嘯</Note>”。';
    const text = '一場“超音速海嘯”。';
    expect(rawIndex(raw, text, 4)).toBe(raw.indexOf('音'));
    expect(rawIndex(raw, text, 3)).toBe(raw.indexOf('超'));
    expect(rawIndex(raw, text, 8)).toBe(raw.indexOf('”'));
    expect(rawIndex('a &lt; b', 'a < b', 3)).toBeUndefined();
  });
});

describe('the body reader with note spans', () => {
  const body = (original: string, translation = 'Words.') => `<Section id="s" original="開場" translation="Opening">\n\n<Segment id="seg" speaker="elon-musk" kind="quote">\n<Original>${original}</Original>\n<Translation>${translation}</Translation>\n</Segment>\n\n</Section>\n`;
  it('publishes the text without the tags and keeps the spans, with their place in the file', () => {
    const r = readTranscriptBody(body('一場“<Note id="tr-x">超音速海嘯</Note>”。', 'a “<Note id="tr-x">supersonic tsunami</Note>”.'), 'a.mdx', 2);
    expect(r.problems).toEqual([]);
    const seg = r.sections[0]!.segments[0]!;
    expect([seg.original, seg.translation]).toEqual(['一場“超音速海嘯”。', 'a “supersonic tsunami”.']);
    expect(seg.spans).toEqual({ original: [{ note: 'tr-x', start: 3, end: 8 }], translation: [{ note: 'tr-x', start: 3, end: 21 }] });
    expect(r.spans.map((s) => [s.side, s.pos])).toEqual([['original', { line: 6, col: 14 }], ['translation', { line: 7, col: 17 }]]);
  });

  it('still reports a line break next to Chinese when a tag stands between', () => {
    const r = readTranscriptBody(body('前文:\n<Note id="tr-x">算力</Note>。'), 'a.mdx');
    expect(r.problems.map(formatProblem)).toEqual(['a.mdx:4:14 [seg] <Original> text is broken over two lines here: the break would publish a space between ":" and "算" — join the lines: keep each <Original> on one line']);
  });

  it('reports a tag problem at its line and column, and no other markup problem for it', () => {
    const r = readTranscriptBody(body('一場<Note id="tr-x">海嘯。'), 'a.mdx');
    expect(r.problems.map(formatProblem)).toEqual(['a.mdx:4:13 [seg] <Note id="tr-x"> is not closed inside <Original> — add </Note> after the words it marks, before </Original>']);
  });
});

describe('twinNumbers: one number per spanned note of a segment, the same in both texts', () => {
  it('numbers notes from 1 in order of first appearance, the original first', () => {
    const sp = (note: string, start: number) => ({ note, start, end: start + 1 });
    const numbers = twinNumbers({ original: [sp('b', 0), sp('a', 3)], translation: [sp('a', 0), sp('c', 5), sp('b', 9)] });
    expect([...numbers]).toEqual([['b', 1], ['a', 2], ['c', 3]]);
    expect(twinNumbers({ original: [], translation: [] }).size).toBe(0);
  });
});
