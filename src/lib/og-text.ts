/**
 * What a share card says and how large: the quote's text with quotation marks (its own when it
 * has them), cut to fit, and font sizes fitted to its length. Pure, so it is unit-tested apart
 * from the rendering (og-image.ts).
 */
import { truncate } from './text';
import { isSpaceless } from './languages';

/** Opening and closing quotation marks a segment's text may start or end with. */
const OPENING = /^["“‘「『＂]/u;
const CLOSING = /["”’」』＂]$/u;

/** Our marks for a text that has none of its own: corner brackets in Chinese and Japanese, curly quotes otherwise. */
const marksFor = (lang: string) => (isSpaceless(lang) ? ['「', '」'] : ['“', '”']);

/**
 * The text as the card shows it, at most `max` characters. A text that already opens or closes
 * with a quotation mark (the report quotes Musk as “…”) keeps its own marks and gets none added:
 * 「“…”」 would double them. A cut text keeps its closing mark after the ellipsis.
 */
export function cardQuote(text: string, lang: string, max: number): string {
  const t = text.trim();
  const close = CLOSING.exec(t)?.[0];
  if (OPENING.test(t) || close) {
    if (Array.from(t).length <= max) return t;
    return close ? `${truncate(t.slice(0, -close.length), max - 1)}${close}` : truncate(t, max);
  }
  const [open, end] = marksFor(lang);
  return `${open}${truncate(t, max - 2)}${end}`;
}

/** The box the quote is set in: the card's width less its padding and border, and the height left for it. */
export const QUOTE_BOX = { width: 1038, height: 330 };

/** Line heights and the gap between the Chinese and the English, as og-image.ts sets them. */
export const LINE = { zh: 1.45, en: 1.4, gap: 24 };

/** Rough advance widths (in em) for estimating lines: a Han character is square, Latin text about half. */
const estimatedLines = (text: string, size: number, em: (c: string) => number) => {
  const width = Array.from(text).reduce((w, c) => w + em(c) * size, 0);
  return Math.max(1, Math.ceil(width / (QUOTE_BOX.width * 0.94)));
};
const emOf = (c: string) => (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFF60“”]/u.test(c) ? 1 : 0.52);

/**
 * The largest font sizes at which both quotes fit the box: a short quote is set large, as quote
 * cards are, a long one smaller. The English is set at about 60% of the Chinese.
 */
export function fitSizes(zh: string, en: string): { zh: number; en: number } {
  for (let zhSize = 64; zhSize > 32; zhSize -= 4) {
    const enSize = Math.max(22, Math.round(zhSize * 0.6));
    const height = estimatedLines(zh, zhSize, emOf) * zhSize * LINE.zh + LINE.gap + estimatedLines(en, enSize, emOf) * enSize * LINE.en;
    if (height <= QUOTE_BOX.height) return { zh: zhSize, en: enSize };
  }
  return { zh: 32, en: 22 };
}
