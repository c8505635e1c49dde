import { describe, expect, it } from 'vitest';
import { cardLayout, renderOgImage } from '../../src/build/og-image';

/** The text runs of a card's layout, in reading order. */
type Node = { props: { children?: unknown } };
const texts = (n: unknown): string[] =>
  typeof n === 'string' ? [n] : Array.isArray(n) ? n.flatMap(texts) : n && typeof n === 'object' ? texts((n as Node).props.children) : [];

const card = {
  original: '“我寧願參與,也不願當觀眾。”',
  originalLang: 'zh-Hant',
  translation: "“I'd rather take part than be a spectator.”",
  translationLang: 'en',
  speaker: 'Elon Musk',
  translationLabel: "English: our translation of a Chinese report, not the speaker's own words",
  footer: '馬斯克在 X Takeover 2025 的連線訪談 · Interlinear',
};

describe('a share card of a quoted segment', () => {
  it('sets the quote with its own marks, not doubled, then the translation label, the speaker and the footer', () => {
    expect(texts(cardLayout(card))).toEqual([card.original, card.translation, card.translationLabel, '— Elon Musk', card.footer]);
  });

  it('renders a 1200×630 PNG', async () => {
    const png = Buffer.from(await renderOgImage(card));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }, 30_000);
});
