/**
 * Chinese and Japanese n-gram expansion. Pagefind segments Chinese into words at index time and finds a query
 * term only as the prefix of an indexed word, so a single character inside a word (嘯 in 海嘯) or a
 * word-internal pair (壓器 in 變壓器) is missed. Indexing every CJK character and every adjacent
 * pair as extra words, and asking Pagefind only for characters and pairs, makes any substring
 * findable; the exact order is then checked against the real text (see query.ts).
 *
 * Pure, dependency-free, erasable TypeScript: also imported by the Node index script.
 */

/**
 * Han characters (CJK unified ideographs, extension A, compatibility), the iteration marks 〇々,
 * and Japanese kana (hiragana, katakana with its prolonged sound mark ー), so that Japanese, written
 * without spaces too, is found by any part as Chinese is.
 */
export const CJK_CHAR = /[\u3005\u3007\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const CJK_RUN = /[\u3005\u3007\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

export const isCjk = (ch: string): boolean => CJK_CHAR.test(ch);

/** The maximal runs of Han characters in a text, in order. */
export function cjkRuns(text: string): string[] {
  return text.match(CJK_RUN) ?? [];
}

/** Every distinct character and adjacent pair of characters of the Han runs of a text. */
export function cjkGrams(text: string): string[] {
  const out = new Set<string>();
  for (const run of cjkRuns(text)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      out.add(chars[i]!);
      if (i + 1 < chars.length) out.add(chars[i]! + chars[i + 1]!);
    }
  }
  return [...out];
}

/**
 * At most this many pairs are asked for one run. Each pair can lie in its own index chunk, which
 * the page must fetch and Pagefind must load. Any subset of a run's pairs still finds every record
 * that holds the run, and the check against the real text (query.ts) drops the rest; fewer pairs
 * leave more to drop, each costing its fragment request. Four was the fastest for pasted quotes
 * on a large corpus (figures: docs/benchmark-history/2026-11-30-from-architecture.md).
 */
export const MAX_QUERY_PAIRS = 4;

/**
 * The units a Chinese query run is asked as: one character alone, otherwise pairs that cover it
 * (every other pair, plus the last: 超音速海嘯 → 超音 速海 海嘯). Every pair of a substring is a
 * pair of the text, so a record holding the substring holds them all; fewer terms load fewer
 * index chunks, and the exact order is checked against the text afterwards. A longer run is asked
 * as MAX_QUERY_PAIRS of those pairs, spread from its first to its last.
 */
export function queryGrams(run: string): string[] {
  const chars = [...run];
  if (chars.length <= 1) return chars;
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 2) out.add(chars[i]! + chars[i + 1]!);
  out.add(chars[chars.length - 2]! + chars[chars.length - 1]!);
  const pairs = [...out];
  if (pairs.length <= MAX_QUERY_PAIRS) return pairs;
  const spread = Array.from({ length: MAX_QUERY_PAIRS }, (_, k) => pairs[Math.round((k * (pairs.length - 1)) / (MAX_QUERY_PAIRS - 1))]!);
  return [...new Set(spread)];
}
