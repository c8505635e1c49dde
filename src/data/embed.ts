/** What the segment page's embed code and the oEmbed file say about a segment's card (src/lib/embed.ts). */
import { getSite } from './site';
import { getSettings } from './settings';
import type { PlacedSegment, Transcript } from '../lib/assemble';
import { embedHeight, type EmbedInfo } from '../lib/embed';
import { ui, type Locale } from '../lib/i18n';
import { paths } from '../lib/urls';

/** `locale`: the language of the frame's title (the card itself is bilingual). */
export async function embedInfo(t: Transcript, s: PlacedSegment, site: URL | undefined, locale: Locale = 'en') {
  const { speakers } = await getSite();
  const { siteName, defaultLocale } = await getSettings();
  const origin = site ?? new URL('http://127.0.0.1:4321');
  const speaker = speakers.get(s.speaker)!;
  const nameIn = (l: Locale) => (speaker.kind === 'narrator' ? t.meta.sourceDocument.author : speaker.name[l]);
  const author = nameIn('en');
  const badges = s.annotations.some((a) => a.verdict) ? 1 : 0;
  const info: EmbedInfo = {
    src: new URL(paths.embed(t.meta.slug, s.id), origin).href,
    title: ui[locale].cite.embedFrameTitle(nameIn(locale), t.meta.event.name, siteName[locale]),
    height: embedHeight(s.zh, s.en, badges),
  };
  return { ...info, author, providerName: siteName[defaultLocale], providerUrl: new URL('/', origin).href };
}
