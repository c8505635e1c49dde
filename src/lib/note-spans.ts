/**
 * Note spans: the words of a segment's text that a note is about, marked inline in the MDX as
 * `<Note id="note-id">words</Note>` inside a text element. The published text is the text without
 * the tags (so the source-text check, digests, search and citations see the same text as before);
 * the spans are kept beside it as offsets into that text.
 *
 * Offsets count Unicode code points, as the W3C Web Annotation model's TextPositionSelector does
 * ("character" positions, not UTF-16 code units): an emoji outside the BMP is one character.
 */
import { parseEntities } from 'parse-entities';
import { decodeText } from './text-elements.ts';

/** One span: `start` (inclusive) and `end` (exclusive) in code points of the published text. */
export interface NoteSpan {
  /** The id of the note the words are about. */
  note: string;
  start: number;
  end: number;
}

/** A span with the offset of its opening tag in the raw element source (for the problem's line). */
export interface RawSpan extends NoteSpan {
  at: number;
}

/** A problem in the raw element source: `at` is an offset into it. */
export interface RawProblem {
  at: number;
  problem: string;
  fix: string;
}

/** What reading one text element gives: the published text, its spans and what is wrong. */
export interface SpanReading {
  /** The published text: tags removed, lines joined, character references decoded. */
  text: string;
  spans: RawSpan[];
  problems: RawProblem[];
}

/** An opening or closing `<Note>` tag, and nothing else. */
export const NOTE_TAG = /<Note\b([^<>]*)>|<\/Note\s*>/g;
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Code points in a string (a surrogate pair counts once). */
export const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** The UTF-16 index of code point `cp` in `s`. */
export function utf16Index(s: string, cp: number): number {
  let i = 0;
  for (let k = 0; k < cp && i < s.length; k++) i += (s.codePointAt(i)! > 0xffff ? 2 : 1);
  return i;
}

/**
 * cleanText with a map from each offset of its input to the matching offset of its output, so
 * that tag positions survive the joining of lines and the trimming.
 */
function cleanWithMap(s: string): { out: string; map: number[] } {
  const map: number[] = new Array(s.length + 1);
  let out = '';
  let i = 0;
  const runs = [...s.matchAll(/\s*\n\s*/g)];
  for (const r of runs) {
    for (; i < r.index; i++) { map[i] = out.length; out += s[i]; }
    // Inside a joined run every offset falls after the single space it becomes (its first, before it).
    map[i] = out.length;
    out += ' ';
    for (i++; i < r.index + r[0].length; i++) map[i] = out.length;
  }
  for (; i < s.length; i++) { map[i] = out.length; out += s[i]; }
  map[s.length] = out.length;
  const lead = out.length - out.trimStart().length;
  const trimmed = out.trim();
  return { out: trimmed, map: map.map((m) => Math.min(Math.max(m - lead, 0), trimmed.length)) };
}

/**
 * Reads the raw source of one text element (`elementName` for messages, e.g. "<Original>"): its
 * published text and its `<Note id>` spans. Tags nest (a closing `</Note>` closes the latest
 * opening one), so spans either nest or follow each other; see `overlapProblems` for what the page
 * can draw. A span's surrounding spaces are not part of it.
 */
export function readNoteSpans(raw: string, elementName: string): SpanReading {
  const problems: RawProblem[] = [];
  const spans: RawSpan[] = [];
  let stripped = '';
  let last = 0;
  // Cuts: offsets in `stripped` where a tag stood.
  const open: { note: string; cut: number; at: number }[] = [];
  const pairs: { note: string; from: number; to: number; at: number }[] = [];
  for (const m of raw.matchAll(NOTE_TAG)) {
    stripped += raw.slice(last, m.index);
    last = m.index + m[0].length;
    const cut = stripped.length;
    if (m[0].startsWith('</')) {
      const o = open.pop();
      if (!o) problems.push({ at: m.index, problem: `"</Note>" closes no <Note> inside ${elementName}`, fix: 'remove it, or add <Note id="…"> before the words it ends' });
      else pairs.push({ note: o.note, from: o.cut, to: cut, at: o.at });
      continue;
    }
    const attrs = m[1]!.trim();
    const id = /^id="([^"]*)"$/.exec(attrs)?.[1];
    if (id === undefined) problems.push({ at: m.index, problem: `"<Note${m[1]}>" needs exactly one attribute, id="…"`, fix: 'write <Note id="note-id">words</Note>, with the id of the note in content/annotations/' });
    else if (!ID.test(id)) problems.push({ at: m.index, problem: `<Note id="${id}">: a note id is lowercase kebab-case`, fix: 'use the id of the note exactly as content/annotations/ has it' });
    open.push({ note: id ?? '', cut, at: m.index });
  }
  stripped += raw.slice(last);
  for (const o of open) problems.push({ at: o.at, problem: `<Note id="${o.note}"> is not closed inside ${elementName}`, fix: `add </Note> after the words it marks, before </${elementName.slice(1)}` });

  const text = decodeText(stripped);
  const { out, map } = cleanWithMap(stripped);
  // Decode piece by piece between the cuts, so each cut's place in the decoded text is known.
  const cuts = [...new Set(pairs.flatMap((p) => [map[p.from]!, map[p.to]!]))].sort((a, b) => a - b);
  const decodedAt = new Map<number, number>();
  let decoded = '';
  let prev = 0;
  for (const c of [...cuts, out.length]) {
    decoded += parseEntities(out.slice(prev, c), { nonTerminated: false });
    decodedAt.set(c, decoded.length);
    prev = c;
  }
  if (decoded !== text) {
    // Only a tag inside a character reference (&am<Note …>p;) splits the text differently.
    problems.push({ at: pairs[0]?.at ?? 0, problem: `a <Note> tag stands inside a character reference in ${elementName}`, fix: 'move the tag before the "&" or after the ";"' });
    return { text, spans: [], problems };
  }
  for (const p of pairs.sort((a, b) => a.at - b.at)) {
    let from = decodedAt.get(map[p.from]!)!;
    let to = decodedAt.get(map[p.to]!)!;
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (from === to) {
      problems.push({ at: p.at, problem: `<Note id="${p.note}"> marks no words`, fix: 'put the words the note is about between <Note id="…"> and </Note>, or remove the tags' });
      continue;
    }
    if (!p.note || !ID.test(p.note)) continue;
    spans.push({ note: p.note, start: codePoints(text.slice(0, from)), end: codePoints(text.slice(0, to)), at: p.at });
  }
  return { text, spans, problems };
}

/** The words a span marks. */
export const spanWords = (text: string, s: Pick<NoteSpan, 'start' | 'end'>) => text.slice(utf16Index(text, s.start), utf16Index(text, s.end));

/**
 * Spans of one text that the page cannot draw: two that overlap without one holding the other
 * (marks would have to cross), and a span inside another of the same note (one link inside a link
 * to the same place). Each problem names the later span. Nesting of different notes is drawn.
 */
export function overlapProblems<S extends NoteSpan>(spans: readonly S[]): { span: S; other: S; problem: string }[] {
  const out: { span: S; other: S; problem: string }[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (let j = 1; j < sorted.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (b.start >= a.end) continue;
      if (b.end > a.end) out.push({ span: b, other: a, problem: 'partial' });
      else if (a.note === b.note) out.push({ span: b, other: a, problem: 'same-note' });
    }
  }
  return out;
}

/** A run of text and the notes whose spans hold it, outermost first (none: plain text). */
export interface Piece {
  text: string;
  notes: string[];
}

/**
 * The text cut where spans start and end, each piece with the spans that hold it: what the page
 * draws (a piece inside two spans links to the inner note and is marked as in both).
 */
export function pieces(text: string, spans: readonly NoteSpan[]): Piece[] {
  const cps = Array.from(text);
  const bounds = [...new Set([0, cps.length, ...spans.flatMap((s) => [s.start, s.end])])].filter((b) => b >= 0 && b <= cps.length).sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    const notes = spans
      .filter((s) => s.start <= from && s.end >= to)
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((s) => s.note);
    out.push({ text: cps.slice(from, to).join(''), notes });
  }
  return out;
}

/**
 * Where the first `n` characters of a published text end in the raw source of its element, when
 * the source holds the text as written with only `<Note>` tags added (undefined otherwise: a
 * character reference or a line break stands in between). Lets a message point at a character of
 * the text in the file.
 */
export function rawIndex(raw: string, text: string, n: number): number | undefined {
  const tag = new RegExp(NOTE_TAG.source, 'y');
  const skip = (i: number) => {
    for (let m = (tag.lastIndex = i, tag.exec(raw)); m; m = (tag.lastIndex = i, tag.exec(raw))) i += m[0].length;
    return i;
  };
  let i = 0;
  for (let k = 0; k < n; k++) {
    i = skip(i);
    if (raw[i] !== text[k]) return undefined;
    i++;
  }
  return skip(i);
}

/**
 * How many notes of one segment the page can show as twins: the stylesheet has one twin rule per
 * number (src/styles/global.css, `data-pair`), so that the highlight needs no script.
 */
export const MAX_TWINS = 9;

/**
 * Each spanned note of a segment numbered from 1, in order of first appearance (original, then
 * translation): the pieces of one note carry the same number in both texts, and the stylesheet
 * lights every piece with the number of the one pointed at or focused.
 */
export function twinNumbers(spans: { original: readonly NoteSpan[]; translation: readonly NoteSpan[] }): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const s of [...spans.original, ...spans.translation]) if (!numbers.has(s.note)) numbers.set(s.note, numbers.size + 1);
  return numbers;
}
