/**
 * The embeddable quote card (/transcripts/<slug>/<id>/embed/): its size, the <iframe> code a
 * publisher pastes, and its oEmbed description (https://oembed.com, type "rich"), so that a CMS
 * given the permalink can embed the card by itself. Pure: the pages pass in absolute URLs.
 */

/** Width of the card in the code we hand out, in CSS pixels: it narrows with `max-width: 100%`. */
export const EMBED_WIDTH = 560;

/**
 * A height that fits the card at EMBED_WIDTH without a scroll bar, from the length of its texts:
 * about 27 Chinese characters and 70 Latin ones to a line, plus the speaker, the translation
 * label, the badges and the link. An estimate; a longer text scrolls inside the card.
 */
export function embedHeight(zh: string, en: string, badges: number): number {
  const lines = (text: string, perLine: number) => Math.max(1, Math.ceil([...text].length / perLine));
  const text = lines(zh, 27) * 30 + lines(en, 70) * 26;
  // 180: the speaker line, the two-line translation label and the links, with room for fonts a
  // little larger than Noto's (tests/e2e/embed.test.ts measures every card in Chromium).
  return Math.min(900, 180 + text + (badges ? 30 : 0));
}

/** What the iframe code and the oEmbed description need to know about one card. */
export interface EmbedInfo {
  /** Absolute URL of the card. */
  src: string;
  /** The frame's accessible name: whose quote, from where. */
  title: string;
  height: number;
}

const attr = (s: string) => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/**
 * The copy-ready code: an iframe with an accessible title, lazy loading, no border, and a width
 * that shrinks to the host's column. `style` is the host page's, not ours.
 */
export function iframeCode(e: EmbedInfo): string {
  return `<iframe src="${attr(e.src)}" title="${attr(e.title)}" width="${EMBED_WIDTH}" height="${e.height}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" style="border:0;max-width:100%"></iframe>`;
}

/** oEmbed 1.0 "rich" response for a card (https://oembed.com/#section2.3). */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  provider_name: string;
  provider_url: string;
  /** One day: the card changes only when its quote, translation or verdict does. */
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

export function oembed(e: EmbedInfo & { author: string; providerName: string; providerUrl: string }): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title: e.title,
    author_name: e.author,
    provider_name: e.providerName,
    provider_url: e.providerUrl,
    cache_age: 86_400,
    html: iframeCode(e),
    width: EMBED_WIDTH,
    height: e.height,
  };
}
