/** What the segment page's embed code and the oEmbed file say about a segment's card (src/lib/embed.ts). */
import type { EmbedSegment } from './routes';
import type { TranscriptMeta } from '../schemas/transcript';
import type { Speaker } from '../schemas/speaker';
import type { Settings } from '../schemas/settings';
import { embedHeight, type EmbedInfo } from '../lib/embed';
import { pick, ui, type Locale } from '../lib/i18n';
import { paths } from '../lib/urls';

/** `locale`: the language of the frame's title (the card itself is bilingual). */
export function embedInfo(meta: TranscriptMeta, s: EmbedSegment, speakers: ReadonlyMap<string, Speaker>, settings: Pick<Settings, 'siteName' | 'defaultLocale'>, site: URL | undefined, locale: Locale = 'en') {
  const { siteName, defaultLocale } = settings;
  const origin = site ?? new URL('http://127.0.0.1:4321');
  const speaker = speakers.get(s.speaker)!;
  const nameIn = (l: Locale) => (speaker.kind === 'narrator' ? meta.sourceDocument.author : pick(speaker.name, l));
  const author = nameIn('en');
  const badges = s.annotations.some((a) => a.verdict) ? 1 : 0;
  const info: EmbedInfo = {
    src: new URL(paths.embed(meta.slug, s.id), origin).href,
    title: ui[locale].cite.embedFrameTitle(nameIn(locale), meta.event.name, pick(siteName, locale)),
    height: embedHeight(s.original, s.translation, badges),
  };
  return { ...info, author, providerName: pick(siteName, defaultLocale), providerUrl: new URL('/', origin).href };
}
