/**
 * Running text in any script: joining lines and cues, and finding sentence ends, the same way
 * for every language the import reads.
 */

/** Scripts written without spaces between words: lines and cues in them join without a space. */
const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff00-\uffef]/u;

/** Joins two pieces of running text (lines of a paragraph, cues of a segment) the way their script needs. */
export function joinText(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  if (!left) return right;
  if (!right) return left;
  return NO_SPACE.test(left.slice(-1)) || NO_SPACE.test(right[0]!) ? `${left}${right}` : `${left} ${right}`;
}

/** True when a text ends a sentence (., !, ?, …, 。！？, possibly followed by closing quotes or brackets). */
export function endsSentence(text: string): boolean {
  return /[.!?…。！？‼⁇⁈⁉؟।]["'”’」』)）\]»›]*$/u.test(text.trimEnd());
}
