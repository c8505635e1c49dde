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
