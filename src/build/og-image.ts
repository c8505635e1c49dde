/**
 * The share card of a segment (Open Graph / Twitter, 1200×630 PNG), rendered at build time with
 * satori (layout → SVG) and resvg (SVG → PNG), with Noto Sans TC from @expo-google-fonts so
 * Chinese never falls back to boxes. Fonts are read once per build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { truncate } from '../lib/text';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'Noto Sans TC', data: readFileSync(require.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf')), weight: 400, style: 'normal' },
    { name: 'Noto Sans TC', data: readFileSync(require.resolve('@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf')), weight: 700, style: 'normal' },
  ];
  return fonts;
}

export interface OgCard {
  zh: string;
  en: string;
  speaker: string;
  /** Small print at the bottom: transcript title, site. */
  footer: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string | undefined; lang?: string } };
const el = (type: string, style: Record<string, unknown>, children: Node['props']['children']): Node => ({ type, props: { style, children } });

/** The text sizes adapt to the length; the quotes are cut at a natural break with an ellipsis. */
export function cardLayout({ zh, en, speaker, footer }: OgCard): Node {
  const zhText = truncate(zh, 70);
  const enText = truncate(en, 170);
  const zhSize = Array.from(zhText).length > 45 ? 40 : 50;
  const enSize = enText.length > 110 ? 26 : 30;
  // satori sizes the content box: the padding and border are taken off the card's size.
  return el('div', { width: OG_WIDTH - 72 * 2 - 18, height: OG_HEIGHT - 56 * 2, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px', background: '#fdfcf9', color: '#1c1b19', fontFamily: 'Noto Sans TC', borderLeft: '18px solid #0b5cad' }, [
    el('div', { display: 'flex', flexDirection: 'column', gap: 28 }, [
      el('div', { fontSize: zhSize, fontWeight: 700, lineHeight: 1.45 }, `「${zhText}」`),
      el('div', { fontSize: enSize, lineHeight: 1.4, color: '#3b3934' }, `“${enText}” (translation)`),
    ]),
    el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 24, color: '#5b5850' }, [
      el('div', { fontSize: 32, fontWeight: 700, color: '#0b5cad' }, `— ${speaker}`),
      el('div', { maxWidth: 620, textAlign: 'right' }, footer),
    ]),
  ]);
}

/** Renders a card to PNG bytes. */
export async function renderOgImage(card: OgCard): Promise<Uint8Array> {
  const svg = await satori(cardLayout(card) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}
