/**
 * Normalises text for comparing what is published with the source: NFKC (so half-width and
 * full-width punctuation compare equal), then only letters and digits are kept, lower-cased.
 */
export function comparable(text: string): string {
  return Array.from(text.normalize('NFKC'))
    .filter((c) => /[\p{L}\p{N}]/u.test(c))
    .join('')
    .toLowerCase();
}

/** Shortens a text to at most `max` characters at a natural break, adding an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const brk = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf(','), cut.lastIndexOf(','), cut.lastIndexOf('。'));
  return `${(brk > max * 0.6 ? cut.slice(0, brk) : cut).trimEnd()}…`;
}

/** A run of text in one script: Han (with CJK punctuation) or anything else. */
export interface ScriptRun {
  text: string;
  han: boolean;
}

/**
 * Splits a text into runs of Chinese or Japanese (Han, kana, CJK punctuation) and the rest, so that
 * such words quoted inside an English sentence can carry their own `lang` (screen readers switch
 * voice, fonts switch glyphs).
 */
export function hanRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const m of text.matchAll(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF01-\uFF60「」『』]+)|([^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF01-\uFF60「」『』]+)/gu)) {
    runs.push({ text: m[0], han: m[1] !== undefined });
  }
  return runs;
}
