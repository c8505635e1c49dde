/**
 * The share card of a segment (Open Graph / Twitter, 1200×630 PNG), rendered at build time with
 * satori (layout → SVG) and resvg (SVG → PNG), with Noto Sans TC from @expo-google-fonts so
 * Chinese never falls back to boxes (it also covers Latin, Greek, Cyrillic and Japanese kana; not
 * Arabic, Hebrew, Devanagari, Thai or Hangul, which would need a font of their own). Fonts are read
 * once per build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardQuote, fitSizes, LINE } from '../lib/og-text';
import { isSpaceless } from '../lib/languages';

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
  /** The original text and its language tag. */
  original: string;
  originalLang: string;
  /** The translation and its language tag. */
  translation: string;
  translationLang: string;
  speaker: string;
  /** The line under the translation saying whose it is. */
  translationLabel: string;
  /** Small print at the bottom: transcript title, site. */
  footer: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string | undefined; lang?: string } };
const el = (type: string, style: Record<string, unknown>, children: Node['props']['children']): Node => ({ type, props: { style, children } });

/**
 * A quote card: the quote centred in the space above the footer, set as large as its length allows
 * (og-text.ts), the translation label and the speaker right below it, the source in small print.
 */
export function cardLayout({ original, originalLang, translation, translationLang, speaker, translationLabel, footer }: OgCard): Node {
  // A text in Chinese or Japanese says as much in fewer characters.
  const zhText = cardQuote(original, originalLang, isSpaceless(originalLang) ? 90 : 220);
  const enText = cardQuote(translation, translationLang, isSpaceless(translationLang) ? 90 : 220);
  const size = fitSizes(zhText, enText);
  // satori sizes the content box: the padding and border are taken off the card's size.
  return el('div', { width: OG_WIDTH - 72 * 2 - 18, height: OG_HEIGHT - 48 * 2, display: 'flex', flexDirection: 'column', padding: '48px 72px', background: '#fdfcf9', color: '#1c1b19', fontFamily: 'Noto Sans TC', borderLeft: '18px solid #0b5cad' }, [
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }, [
      el('div', { fontSize: size.zh, fontWeight: 700, lineHeight: LINE.zh }, zhText),
      el('div', { fontSize: size.en, lineHeight: LINE.en, color: '#3b3934', marginTop: LINE.gap }, enText),
      el('div', { fontSize: 20, color: '#5b5850', marginTop: 12 }, translationLabel),
      el('div', { fontSize: 30, fontWeight: 700, color: '#0b5cad', marginTop: 22 }, `— ${speaker}`),
    ]),
    el('div', { display: 'flex', justifyContent: 'flex-end', fontSize: 22, color: '#5b5850' }, footer),
  ]);
}

/** Renders a card to PNG bytes. */
export async function renderOgImage(card: OgCard): Promise<Uint8Array> {
  const svg = await satori(cardLayout(card) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}
