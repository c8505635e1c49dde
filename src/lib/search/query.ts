/**
 * Query helpers: what to ask Pagefind for, how to check a result against the real texts (exact
 * Chinese substrings, quoted phrases), which language matched, and where to put the marks.
 * Pure and dependency-free (erasable TypeScript).
 */
import { cjkRuns, isCjk, queryGrams } from './cjk.ts';

/** A piece of the query: a Chinese run, a word, or a quoted phrase. */
export interface Term {
  kind: 'cjk' | 'word' | 'phrase';
  text: string;
}

export interface ParsedQuery {
  /** The query as typed, trimmed and with whitespace collapsed. */
  raw: string;
  terms: Term[];
}

/** Which text of a record matched: its original or its translation (a note's: its Chinese or its English). */
export type MatchLanguage = 'original' | 'translation';

const QUOTES = /["“”「」『』]/u;
const PHRASE = /["“「『]([^"“”「」『』]*)["”」』]?/gu;

/** Full-width ASCII to half-width, and whitespace collapsed, the way readers type either. */
export function normalize(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Splits a bare word into its Chinese runs and the rest: `Optimus月產` → Optimus, 月產. */
function splitWord(word: string, out: Term[]): void {
  let buf = '';
  let cjk = false;
  const flush = () => {
    const t = cjk ? buf : buf.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (t) out.push({ kind: cjk ? 'cjk' : 'word', text: t });
    buf = '';
  };
  for (const ch of word) {
    const c = isCjk(ch);
    if (buf && c !== cjk) flush();
    cjk = c;
    // Chinese punctuation inside a run ends the run.
    if (!c && /[\u3000-\u303f\uff00-\uffef]/u.test(ch)) { flush(); continue; }
    buf += ch;
  }
  if (buf) flush();
}

export function parseQuery(input: string): ParsedQuery {
  const raw = normalize(input);
  const terms: Term[] = [];
  let rest = raw;
  if (QUOTES.test(raw)) {
    rest = raw.replace(PHRASE, (_m, inner: string) => {
      const p = inner.trim();
      if (p) {
        // A phrase of one Chinese run is just that run: a run is matched exactly anyway.
        const only = cjkRuns(p);
        if (only.length === 1 && only[0] === p) terms.push({ kind: 'cjk', text: p });
        else if (!/\s/u.test(p) && !only.length) splitWord(p, terms);
        else terms.push({ kind: 'phrase', text: p });
      }
      return ' ';
    });
    rest = rest.replace(/["“”「」『』]/gu, ' ');
  }
  for (const word of rest.split(' ')) if (word) splitWord(word, terms);
  const seen = new Set<string>();
  return { raw, terms: terms.filter((t) => !seen.has(t.kind + t.text) && seen.add(t.kind + t.text)) };
}

/**
 * The string handed to Pagefind: Chinese as single characters or pairs (what the index holds for
 * every substring), words as words, phrases mixing Chinese and other text as their parts.
 * Pagefind requires every term in the same record, i.e. in the same segment.
 */
export function pagefindQuery(q: ParsedQuery): string {
  const parts: string[] = [];
  for (const t of q.terms) {
    if (t.kind === 'word') parts.push(t.text);
    else if (t.kind === 'cjk') parts.push(...queryGrams(t.text));
    else {
      const sub: Term[] = [];
      for (const w of t.text.split(' ')) splitWord(w, sub);
      if (sub.every((s) => s.kind === 'word')) parts.push(`"${t.text}"`);
      else for (const s of sub) parts.push(...(s.kind === 'cjk' ? queryGrams(s.text) : [s.text]));
    }
  }
  return [...new Set(parts)].join(' ');
}

const fold = (s: string) => s.toLowerCase();
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Start offsets of a term in a text: substring for Chinese, word-prefix for words, phrase with any spacing. */
export function findTerm(text: string, term: Term): { start: number; end: number }[] {
  const hay = fold(text);
  const out: { start: number; end: number }[] = [];
  if (term.kind === 'cjk') {
    for (let i = hay.indexOf(term.text); i >= 0; i = hay.indexOf(term.text, i + 1)) out.push({ start: i, end: i + term.text.length });
    return out;
  }
  const needle = fold(term.text);
  if (term.kind === 'phrase') {
    const pattern = needle.split(' ').map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*');
    for (const m of hay.matchAll(new RegExp(pattern, 'gu'))) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  }
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = i > 0 ? hay[i - 1]! : '';
    // A word matches at the start of a word (Pagefind matches words by prefix)…
    if (before && WORD_CHAR.test(before) && !isCjk(before) && !isCjk(needle[0]!)) continue;
    // …and is marked to the end of that word.
    let end = i + needle.length;
    while (end < hay.length && WORD_CHAR.test(hay[end]!) && !isCjk(hay[end]!)) end++;
    out.push({ start: i, end });
  }
  // Pagefind stems the words of a stemmed language's index (a plural finds the singular:
  // panaderías → panadería). A word at a word start that shares all but the term's last few
  // letters, and is not much longer, is taken as another form of it; a shorter term is not, so a
  // word Pagefind could not find and retried as a short prefix (xyzzy → x) still finds nothing.
  if (!out.length && needle.length >= 5) {
    const stem = needle.slice(0, Math.max(4, needle.length - 3));
    for (let i = hay.indexOf(stem); i >= 0; i = hay.indexOf(stem, i + 1)) {
      const before = i > 0 ? hay[i - 1]! : '';
      if (before && WORD_CHAR.test(before) && !isCjk(before)) continue;
      let end = i + stem.length;
      while (end < hay.length && WORD_CHAR.test(hay[end]!) && !isCjk(hay[end]!)) end++;
      if (end - i <= needle.length + 3) out.push({ start: i, end });
    }
  }
  return out;
}

const hasAll = (text: string, terms: Term[]) => terms.every((t) => findTerm(text, t).length > 0);

/**
 * Checks a candidate against the real texts and says which text matched: Chinese or Japanese runs
 * and phrases must occur exactly (in order) in one text; words anywhere in the segment.
 * Returns null when the record does not really contain the query (Pagefind's answer for Chinese
 * is a superset: all the pairs, not necessarily in a row). `spaceless`: the text written without
 * spaces (Chinese, Japanese), tried first for a query in such characters; the other text first otherwise.
 */
export function matchLanguage(q: ParsedQuery, zh: string, en: string, only?: MatchLanguage, spaceless: MatchLanguage = 'original'): MatchLanguage | null {
  const strict = q.terms.filter((t) => t.kind !== 'word');
  const spaced: MatchLanguage = spaceless === 'original' ? 'translation' : 'original';
  const langs: MatchLanguage[] = only ? [only] : q.terms.some((t) => t.kind === 'cjk') ? [spaceless, spaced] : [spaced, spaceless];
  // Whole query in one text: the best case, and what the original/translation filter asks for.
  for (const l of langs) if (hasAll(l === 'original' ? zh : en, q.terms)) return l;
  if (only) return null;
  // Otherwise every strict term must occur exactly in one of the two texts, and every word in either.
  const both = `${zh}\n${en}`;
  if (!strict.every((t) => findTerm(zh, t).length || findTerm(en, t).length)) return null;
  if (!q.terms.every((t) => findTerm(both, t).length)) return null;
  const score = (text: string) => q.terms.filter((t) => findTerm(text, t).length).length;
  return score(zh) > score(en) ? 'original' : 'translation';
}

export interface Piece {
  text: string;
  mark: boolean;
}

/** The ranges of every term in a text, merged. */
export function matchRanges(text: string, q: ParsedQuery): { start: number; end: number }[] {
  const ranges = q.terms.flatMap((t) => findTerm(text, t)).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** A text cut into marked and unmarked pieces, for rendering with <mark> (as text, never as HTML). */
export function highlight(text: string, q: ParsedQuery): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const r of matchRanges(text, q)) {
    if (r.start > at) pieces.push({ text: text.slice(at, r.start), mark: false });
    pieces.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/** Suggestions for a query that found nothing: its words one at a time, and shorter Chinese. */
export function suggestions(q: ParsedQuery): string[] {
  const out = new Set<string>();
  if (q.terms.length > 1) for (const t of q.terms) out.add(t.text);
  for (const t of q.terms) {
    if (t.kind === 'phrase') out.add(t.text);
    if (t.kind === 'cjk' && t.text.length > 2) {
      const chars = [...t.text];
      out.add(chars.slice(0, 2).join(''));
      out.add(chars.slice(-2).join(''));
    }
  }
  out.delete(q.raw);
  return [...out].slice(0, 5);
}
