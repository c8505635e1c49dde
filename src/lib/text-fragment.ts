/**
 * Text fragments (https://wicg.github.io/scroll-to-text-fragment/) for a passage of a page: the
 * `:~:text=[prefix-,]start[,end][,-suffix]` directive that makes a browser scroll to the words and
 * highlight them. Pure: the page is given as its visible text, one string per block (a term of a
 * directive never spans two blocks), and the passage as positions in those strings.
 */

/** A position in the page's text: block number and offset (UTF-16) in that block's text. */
export interface TextPoint {
  block: number;
  offset: number;
}

/** The four terms of a text directive, unencoded. */
export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/**
 * A term as the spec writes it: percent-encoded, including the characters the directive's syntax
 * uses (`-`, `,`, `&`), which encodeURIComponent leaves alone or would not be enough for.
 */
export const encodeTerm = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

/** The directive as a URL fragment suffix: `:~:text=…`. */
export function directiveText(d: TextDirective): string {
  const parts = [d.prefix !== undefined ? `${encodeTerm(d.prefix)}-,` : '', encodeTerm(d.start), d.end !== undefined ? `,${encodeTerm(d.end)}` : '', d.suffix !== undefined ? `,-${encodeTerm(d.suffix)}` : ''];
  return `:~:text=${parts.join('')}`;
}

/** Collapses white space as a browser's rendered text does: the model the blocks are given in. */
export const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** Word boundaries of a text (offsets), by Intl.Segmenter: English words and Chinese words alike. */
const segmenter = new Intl.Segmenter('zh-Hant', { granularity: 'word' });
function words(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike || /\S/.test(s.segment)) out.push({ start: s.index, end: s.index + s.segment.length });
  return out;
}

/**
 * Where a directive matches in the page, as the spec's algorithm finds it (the first match in
 * document order; case-insensitive; prefix and suffix separated from their terms by white space
 * only, which includes a block boundary), or null. Does not check word boundaries: it may find a
 * match a browser would skip, which only makes the directive carry more context than needed.
 */
export function findDirective(blocks: readonly string[], d: TextDirective): { from: TextPoint; to: TextPoint } | null {
  const doc = blocks.map((b) => b.toLowerCase()).join('\n');
  const at = (i: number): TextPoint => {
    let block = 0;
    let rest = i;
    while (block < blocks.length - 1 && rest > blocks[block]!.length) rest -= blocks[block++]!.length + 1;
    return { block, offset: rest };
  };
  const skipSpace = (i: number) => {
    while (i < doc.length && /\s/.test(doc[i]!)) i += 1;
    return i;
  };
  const [prefix, start, end, suffix] = [d.prefix, d.start, d.end, d.suffix].map((t) => t?.toLowerCase());
  let pos = 0;
  for (;;) {
    let s: number;
    let next: number;
    if (prefix !== undefined) {
      const p = doc.indexOf(prefix, pos);
      if (p < 0) return null;
      next = p + 1;
      s = skipSpace(p + prefix.length);
      if (!doc.startsWith(start!, s)) {
        pos = next;
        continue;
      }
    } else {
      s = doc.indexOf(start!, pos);
      if (s < 0) return null;
      next = s + 1;
    }
    const afterStart = s + start!.length;
    // With an end term, each of its occurrences after the start is tried against the suffix.
    let e = end !== undefined ? doc.indexOf(end, afterStart) : afterStart;
    while (e >= 0) {
      const to = end !== undefined ? e + end.length : e;
      if (suffix === undefined || doc.startsWith(suffix, skipSpace(to))) return { from: at(s), to: at(to) };
      if (end === undefined) break;
      e = doc.indexOf(end, e + 1);
    }
    if (end !== undefined && e < 0 && suffix === undefined) return null;
    pos = next;
  }
}

const same = (a: TextPoint, b: TextPoint) => a.block === b.block && a.offset === b.offset;

/** A passage shorter than this (characters, in one block) is quoted whole as the start term. */
const EXACT_MAX = 80;

/**
 * The text directive for a passage: the shortest of a few candidates, in order, that matches the
 * passage itself and not an earlier occurrence of the same words. Its ends are moved out to word
 * boundaries (browsers match whole words only), so the highlight covers at least the passage. The
 * passage is quoted whole when short and in one block; otherwise its first and last words are the
 * start and end terms, with more words, then the words before (prefix) and after (suffix), added
 * until only the passage matches. Returns the candidate with the most context if none is unique.
 */
export function passageDirective(blocks: readonly string[], from: TextPoint, to: TextPoint): TextDirective {
  const fromWords = words(blocks[from.block]!);
  const toWords = words(blocks[to.block]!);
  const a: TextPoint = { block: from.block, offset: fromWords.find((w) => w.end > from.offset)?.start ?? from.offset };
  const b: TextPoint = { block: to.block, offset: [...toWords].reverse().find((w) => w.start < to.offset)?.end ?? to.offset };
  const first = blocks[a.block]!;
  const last = blocks[b.block]!;
  const oneBlock = a.block === b.block;
  const whole = oneBlock ? first.slice(a.offset, b.offset) : '';
  const startWords = fromWords.filter((w) => w.start >= a.offset && (!oneBlock || w.end <= b.offset));
  const endWords = toWords.filter((w) => w.end <= b.offset && (!oneBlock || w.start >= a.offset));
  const before = fromWords.filter((w) => w.end <= a.offset);
  const after = toWords.filter((w) => w.start >= b.offset);
  const prefixOf = (n: number) => (n > 0 && before.length > 0 ? first.slice(before[Math.max(0, before.length - n)]!.start, a.offset).trimEnd() : undefined);
  const suffixOf = (n: number) => (n > 0 && after.length > 0 ? last.slice(b.offset, after[Math.min(after.length, n) - 1]!.end).trimStart() : undefined);

  const candidates: TextDirective[] = [];
  for (const n of [3, 6, 12]) {
    // The start and end terms take n words each, unless they would meet: then the passage is one term.
    let core: TextDirective;
    if (oneBlock && (whole.length <= EXACT_MAX || startWords.length <= 2 * n)) core = { start: whole.trim() };
    else core = { start: first.slice(a.offset, startWords[Math.min(n, startWords.length) - 1]!.end).trim(), end: last.slice(endWords[Math.max(0, endWords.length - n)]!.start, b.offset).trim() };
    for (const [p, s] of [[0, 0], [n, 0], [0, n], [n, n]] as const) {
      const prefix = prefixOf(p);
      const suffix = suffixOf(s);
      if ((p > 0 && !prefix) || (s > 0 && !suffix)) continue;
      candidates.push({ ...(prefix && { prefix }), ...core, ...(suffix && { suffix }) });
    }
  }
  for (const c of candidates) {
    const m = findDirective(blocks, c);
    if (m && same(m.from, a) && same(m.to, b)) return c;
  }
  return candidates[candidates.length - 1]!;
}
