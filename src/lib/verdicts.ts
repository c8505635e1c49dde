import type { Attribution, Verdict } from '../schemas/verdict';
import { verdicts, attributions } from '../schemas/verdict';
import { ui, type UiStrings } from './i18n';
import { locales, type Locale } from './locales';

/** A text in every interface language, from each language's strings file (src/lib/strings/). */
export type PerLocale = Record<Locale, string>;

/** One string of every language's strings, keyed by language. */
export const perLocale = (of: (t: UiStrings) => string): PerLocale => Object.fromEntries(locales.map((l) => [l, of(ui[l])])) as PerLocale;

/** How a verdict is shown: a label, a symbol (so colour is never the only cue) and a one-line definition. */
export interface VerdictInfo {
  label: PerLocale;
  symbol: string;
  definition: PerLocale;
}

/** Each verdict's symbol; its words are in the strings files (`verdicts`). */
const symbols: Record<Verdict, string> = { accurate: '✓', 'mostly-accurate': '≈', 'needs-context': '!', inaccurate: '✗', unverified: '?', opinion: '◇' };

export const verdictInfo = Object.fromEntries(
  verdicts.map((v) => [v, { label: perLocale((t) => t.verdicts[v].label), symbol: symbols[v], definition: perLocale((t) => t.verdicts[v].definition) }]),
) as Record<Verdict, VerdictInfo>;

/** The scale in display order. */
export const verdictScale: readonly Verdict[] = verdicts;

export const attributionInfo = Object.fromEntries(
  attributions.map((a) => [a, { label: perLocale((t) => t.attributions[a].label), definition: perLocale((t) => t.attributions[a].definition) }]),
) as Record<Attribution, { label: PerLocale; definition: PerLocale }>;
