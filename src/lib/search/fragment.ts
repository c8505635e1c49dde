/**
 * Landing on a result: the link is the segment's anchor plus a text fragment
 * (`#<id>:~:text=…`), so the browser scrolls to the matched words and highlights them with no
 * script on the transcript page; where text fragments are unsupported, `#<id>` still lands on
 * the segment (styled by `.seg:target`).
 *
 * Browsers match a text fragment only at word boundaries (for Chinese, dictionary words), so the
 * match is widened to the words around it, and a little context makes it unique on the page.
 */

const enc = (s: string) => encodeURIComponent(s).replace(/-/gu, '%2D').replace(/,/gu, '%2C').replace(/&/gu, '%26');

const segmenters = new Map<string, Intl.Segmenter>();

/** Word boundaries of a text (offsets), by Intl.Segmenter in the text's language (one per language, reused). */
function wordBoundaries(text: string, lang: string): number[] {
  let seg = segmenters.get(lang);
  if (!seg) segmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'word' })));
  const out = [0];
  for (const s of seg.segment(text)) out.push(s.index + s.segment.length);
  return out;
}

/**
 * The `:~:text=` directive for the range [start, end) of `text`, widened to word boundaries,
 * with at least `context` characters of prefix and suffix (whole words, from the same paragraph)
 * so that the words are found in this segment and not in an earlier note quoting them.
 */
export function textDirective(text: string, start: number, end: number, lang: string, context = 24): string {
  const b = wordBoundaries(text, lang);
  let i = 0;
  while (i + 1 < b.length && b[i + 1]! <= start) i++;
  let j = b.length - 1;
  while (j - 1 >= 0 && b[j - 1]! >= end) j--;
  const s = b[i]!;
  const e = b[j]!;
  const word = text.slice(s, e).trim();
  if (!word) return '';
  let pi = i;
  while (pi > 0 && s - b[pi]! < context) pi--;
  let pj = j;
  while (pj < b.length - 1 && b[pj]! - e < context) pj++;
  // A prefix of punctuation alone is left out: Chromium looks for the prefix first, and a mark that
  // opens every quote (“) sent it through every quote on the page, each laid out to be read,
  // which delayed the scroll by seconds on a busy machine; such a prefix adds no uniqueness.
  const around = text.slice(b[pi]!, s).trim();
  const pre = /[\p{L}\p{N}]/u.test(around) ? around : '';
  const post = text.slice(e, b[pj]!).trim();
  return `:~:text=${pre ? `${enc(pre)}-,` : ''}${enc(word)}${post ? `,-${enc(post)}` : ''}`;
}
