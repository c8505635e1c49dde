/**
 * The original column must publish its source text verbatim and in order: the `<Original>` texts of a
 * transcript, read one after the other, are the source text (content/source-texts/<slug>.<ext>).
 * Allowed differences, and only these: whitespace where one segment ends and the next begins (a
 * segment boundary may fall at a line break or a space), runs of whitespace of any length, and a
 * half-width punctuation mark of the source written as its full-width form (`,` as `，`).
 */

/** A segment's original text, as the check reads it. */
export interface OriginalText {
  id: string;
  text: string;
}

/** One difference; `offset` is where, in the segment's text, it starts (0 when the whole segment is concerned). */
export interface VerbatimProblem {
  /** The segment concerned, or undefined when the source text goes on after the last segment. */
  id: string | undefined;
  offset: number;
  problem: string;
  fix: string;
}

const isSpace = (c: string) => /\s/u.test(c);
/** Full-width forms U+FF01–U+FF5E are the ASCII marks U+0021–U+007E moved by 0xFEE0. */
const fullWidthOf = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);
const isHalfWidthPunct = (c: string) => /^[!-/:-@[-`{-~]$/.test(c);
const sameChar = (source: string, column: string) => source === column || (isHalfWidthPunct(source) && column === fullWidthOf(source));

/** A short quote for a message: at most 24 characters, on one line. */
function quote(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  return `“${chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : flat}”`;
}

const skipSpace = (s: string, i: number) => {
  while (i < s.length && isSpace(s[i]!)) i++;
  return i;
};

/**
 * Matches `text` against `source` from `at` (after leading whitespace). Returns where it ended in
 * the source, or where in `text` and in `source` the first difference is.
 */
function matchAt(source: string, at: number, text: string): { end: number } | { textAt: number; sourceAt: number } {
  let i = skipSpace(source, at);
  let j = skipSpace(text, 0);
  while (j < text.length) {
    if (isSpace(text[j]!)) {
      // Any run of whitespace matches any run, but not none: "7 月" is not "7月".
      if (i >= source.length || !isSpace(source[i]!)) return { textAt: j, sourceAt: i };
      i = skipSpace(source, i);
      j = skipSpace(text, j);
      continue;
    }
    if (i >= source.length || !sameChar(source[i]!, text[j]!)) return { textAt: j, sourceAt: i };
    i++;
    j++;
  }
  return { end: i };
}

/** Where the segment's text starts in the source at or after `from`, comparing as `matchAt` does; -1 if nowhere. */
function findFrom(source: string, from: number, text: string): number {
  const first = text.trim()[0];
  if (first === undefined) return -1;
  for (let i = from; i < source.length; i++) {
    if (!sameChar(source[i]!, first)) continue;
    if ('end' in matchAt(source, i, text)) return i;
  }
  return -1;
}

const FIX_SOURCE = 'the original column publishes the source text verbatim: copy this passage from the source text again';

/**
 * Every difference between the segments' original texts, in order, and the source text. After a
 * difference the check finds its place again, so that one dropped or moved sentence is reported
 * once, not as a difference in every later segment.
 */
export function verbatimProblems(source: string, segments: readonly OriginalText[]): VerbatimProblem[] {
  const problems: VerbatimProblem[] = [];
  let at = 0;
  const texts = segments.filter((s) => s.text.trim() !== '');
  for (const [k, seg] of texts.entries()) {
    const m = matchAt(source, at, seg.text);
    if ('end' in m) {
      at = m.end;
      continue;
    }
    const later = findFrom(source, skipSpace(source, at), seg.text);
    // A segment that is not in its place while the next one goes on where the one before ended
    // was added here: its text may occur somewhere later (a few common characters, "新。"), but
    // skipping the source to there would report every later segment as out of order. (Two
    // swapped segments are not this: the text then comes right after the next segment's.)
    const next = texts[k + 1];
    const nextHere = next ? matchAt(source, at, next.text) : undefined;
    if (later >= 0 && m.textAt === skipSpace(seg.text, 0) && nextHere && 'end' in nextHere && later !== skipSpace(source, nextHere.end)) {
      problems.push({
        id: seg.id,
        offset: 0,
        problem: `${quote(seg.text)} is not in the source text here: the segment after it goes on where the one before it ended`,
        fix: 'the original column publishes only the source text, in order: remove this segment, or move it to its place in the source order',
      });
      continue;
    }
    // A passage was skipped only if the source goes on there with the next segment (or, when two segments
    // were swapped, the one after it): a short text (a new "新。") found somewhere later is no reason to
    // jump ahead and report every later segment as out of order.
    const laterEnd = later >= 0 ? (matchAt(source, later, seg.text) as { end: number }).end : -1;
    const following = texts.slice(k + 1, k + 3);
    const confirmed = later >= 0 && (following.length === 0 || following.some((f) => 'end' in matchAt(source, laterEnd, f.text)));
    if (confirmed && m.textAt === skipSpace(seg.text, 0)) {
      problems.push({
        id: seg.id,
        offset: 0,
        problem: `the source text has ${quote(source.slice(skipSpace(source, at), later))} before this segment, and no segment publishes it`,
        fix: 'add that passage where it belongs (to this segment, the one before, or a segment of its own), or move the segment that has it back to its place',
      });
      at = laterEnd;
      continue;
    }
    const earlier = findFrom(source, 0, seg.text);
    if (earlier >= 0 && earlier < at) {
      problems.push({ id: seg.id, offset: 0, problem: 'this text comes earlier in the source text: the segments are out of order', fix: 'move this segment back to its place in the source order' });
      continue;
    }
    const has = source.slice(m.sourceAt, m.sourceAt + 24);
    if (m.textAt === skipSpace(seg.text, 0) && earlier < 0) {
      problems.push({ id: seg.id, offset: 0, problem: `${quote(seg.text)} is not in the source text`, fix: 'the original column publishes only the source text: remove this segment, or correct the source-text file if it is the file that is wrong' });
    } else problems.push({
      id: seg.id,
      offset: m.textAt,
      problem: isSpace(seg.text[m.textAt]!) ? `a space or line break before ${quote(seg.text.slice(m.textAt))} that the source text does not have` : has.trim() === '' ? `${quote(seg.text.slice(m.textAt))} is not in the source text here (the source has nothing more)` : `${quote(seg.text.slice(m.textAt))} differs from the source text, which has ${quote(source.slice(m.sourceAt))}`,
      fix: FIX_SOURCE,
      });
    // Resynchronise where the next segment starts, so that this difference is reported once.
    const resume = next ? findFrom(source, m.sourceAt, next.text) : -1;
    at = next ? (resume >= 0 ? resume : m.sourceAt) : source.length;
  }
  const rest = source.slice(at);
  if (rest.trim() !== '') {
    problems.push({ id: texts.at(-1)?.id, offset: 0, problem: `the source text goes on after the last segment with ${quote(rest)}, which no segment publishes`, fix: 'add a segment for it at the end of the transcript' });
  }
  return problems;
}
