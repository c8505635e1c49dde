/**
 * getStaticPaths helpers shared by the thin route files of both interface languages. Each path's
 * props are exactly the data its page shows, and its `cacheKey` is the digest of those props: with
 * Astro's incremental builds a page is rendered again only when its key (or its code) changed.
 * Pages read what they show from their props, never from getSite(), so a key cannot miss it.
 */
import { getSite } from './site';
import { getSettings } from './settings';
import type { Settings } from '../schemas/settings';
import { dataDigest } from './digest';
import { registryRedirects } from './cite-paths';
import { buildsTranscript, parseShard } from '../lib/shard';
import type { PlacedSegment, Transcript } from '../lib/assemble';
import type { OgCard } from '../build/og-image';
import type { TranscriptMeta } from '../schemas/transcript';
import type { Speaker } from '../schemas/speaker';
import type { Segment } from '../schemas/segment';
import type { Source } from '../schemas/source';
import type { Correction } from '../schemas/correction';
import { ui } from '../lib/i18n';
import { locales, localeParam, type Locale } from '../lib/locales';
import { pairNamesIn } from '../lib/languages';

/** A transcript page's and its exports' data: the transcript, every speaker, the sources its annotations cite. */
export interface TranscriptPageData {
  transcript: Transcript;
  speakers: ReadonlyMap<string, Speaker>;
  sources: ReadonlyMap<string, Source>;
  /** Segment id → the corrections-log entries that changed it, newest first. */
  corrections: ReadonlyMap<string, readonly Correction[]>;
}

/** A segment page's data: its segment (with its annotations), its neighbours' ids, the transcript's metadata, speakers and the sources its annotations cite. */
export interface SegmentPageData {
  meta: TranscriptMeta;
  segment: PlacedSegment;
  prevId?: string | undefined;
  nextId?: string | undefined;
  speakers: ReadonlyMap<string, Speaker>;
  sources: ReadonlyMap<string, Source>;
  /** The corrections-log entries that changed this segment or a note on it, newest first. */
  corrections: readonly Correction[];
  /** The site's name and default interface language (the embed code names them). */
  settings: Pick<Settings, 'siteName' | 'defaultLocale'>;
}

/** A segment page's props, or those of the page left at an old id (it shows only where the id moved). */
export type PermalinkProps = { page: SegmentPageData; redirect?: undefined } | { page?: undefined; redirect: { slug: string; to: string } };

/** The transcripts whose pages this build renders: all of them, unless SHARD splits the build (src/lib/shard.ts). */
async function renderedTranscripts() {
  const site = await getSite();
  const part = parseShard(process.env.SHARD);
  return { ...site, transcripts: site.transcripts.filter((t) => buildsTranscript(part, t.meta.slug)) };
}

/**
 * A path with the digest of its props as its cache key. The site settings (name, description) are
 * in the layout of every page, so they are in every key too.
 */
const keyed = async <A extends Record<string, string>, P>(params: A, props: P) => ({ params, props, cacheKey: dataDigest([props, await getSettings()]) });

/**
 * The paths of a page that has no data of its own, one per interface language (src/lib/locales.ts):
 * the root language at `locale: undefined`. No cache key: such a page reads the site as a whole,
 * so it is rendered on every build, as Astro does for a page without getStaticPaths.
 */
export const localePaths = () => locales.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));

/** The props of a route under `[...locale]`: its data and the interface language it is shown in. */
export type Localized<P> = P & { locale: Locale };

/**
 * A route's keyed paths in every interface language: the language is a route parameter and a prop,
 * and part of the cache key, so that each language's page is cached apart.
 */
export const inEveryLocale = <A extends Record<string, string>, P>(paths: Promise<{ params: A; props: P; cacheKey: string }[]>) =>
  paths.then((list) => locales.flatMap((locale) => list.map((p) => ({ params: { ...p.params, locale: localeParam(locale) }, props: { ...p.props, locale } as Localized<P>, cacheKey: dataDigest([p.cacheKey, locale]) }))));

/**
 * A new list of new path objects for each route: Astro keeps its own index of a route's paths on
 * the list getStaticPaths returns, so routes must not share one. Props and keys are shared.
 */
const fresh = <T extends object>(paths: T[]): T[] => paths.map((p) => ({ ...p }));

let transcriptPages: Promise<{ params: { slug: string }; props: TranscriptPageData; cacheKey: string }[]> | undefined;

/** Transcript pages and exports (one path per transcript), shared by their routes. */
export function transcriptPaths() {
  transcriptPages ??= renderedTranscripts().then(({ transcripts, speakers, segmentCorrections }) =>
    Promise.all(
      transcripts.map((transcript) => {
        const corrections = new Map(transcript.segments.flatMap((s) => (segmentCorrections.has(s.id) ? [[s.id, segmentCorrections.get(s.id)!] as const] : [])));
        return keyed({ slug: transcript.meta.slug }, { transcript, speakers, sources: new Map(transcript.sources.map((s) => [s.id, s])), corrections });
      }),
    ),
  );
  return transcriptPages.then(fresh);
}

/** What a transcript's citation exports (.bib, .ris, passages.json) cite: its metadata, each segment's texts and speaker, the speakers. Not its notes. */
export interface CitationPageData {
  meta: TranscriptMeta;
  segments: readonly Pick<Segment, 'id' | 'original' | 'translation' | 'speaker'>[];
  speakers: ReadonlyMap<string, Speaker>;
}

/** The citation exports' paths (one per transcript), keyed on what they cite only, so that editing a note leaves them alone. */
export async function citationPaths() {
  const { transcripts, speakers } = await renderedTranscripts();
  return Promise.all(
    transcripts.map((t) => keyed({ slug: t.meta.slug }, { meta: t.meta, segments: t.segments.map(({ id, original, translation, speaker }) => ({ id, original, translation, speaker })), speakers } satisfies CitationPageData)),
  );
}

function segmentPage(t: Transcript, segment: PlacedSegment, speakers: ReadonlyMap<string, Speaker>, corrections: ReadonlyMap<string, readonly Correction[]>, settings: Settings): SegmentPageData {
  const sources = new Map(t.sources.filter((src) => segment.annotations.some((a) => a.sources.includes(src.id))).map((src) => [src.id, src]));
  return { meta: t.meta, segment, prevId: t.segments[segment.index - 1]?.id, nextId: t.segments[segment.index + 1]?.id, speakers, sources, corrections: corrections.get(segment.id) ?? [], settings: { siteName: settings.siteName, defaultLocale: settings.defaultLocale } };
}

let permalinkPages: Promise<{ params: { slug: string; id: string }; props: PermalinkProps; cacheKey: string }[]> | undefined;

/**
 * The segment permalink routes (both interface languages): one page per segment, plus a page at
 * each old id the registry maps to a successor. Checking the registry here makes the build fail
 * when a published id would break.
 */
export function permalinkPaths() {
  permalinkPages ??= Promise.all([renderedTranscripts(), getSettings()]).then(([{ transcripts, speakers, segmentCorrections }, settings]) =>
    Promise.all(
      transcripts.flatMap((t) => [
        ...t.segments.map((s) => keyed({ slug: t.meta.slug, id: s.id }, { page: segmentPage(t, s, speakers, segmentCorrections, settings) } as PermalinkProps)),
        ...[...registryRedirects(t)].map(([from, to]) => keyed({ slug: t.meta.slug, id: from }, { redirect: { slug: t.meta.slug, to } } as PermalinkProps)),
      ]),
    ),
  );
  return permalinkPages.then(fresh);
}

/** What a share image shows: the segment in both languages, its speaker's name and the transcript's title (the renderer's own input). */
export type ShareImageData = OgCard;

/** The share image routes: one path per segment, keyed on exactly what the image shows. */
export async function shareImagePaths() {
  const { transcripts, speakers } = await renderedTranscripts();
  const { siteName } = await getSettings();
  return Promise.all(
    transcripts.flatMap((t) =>
      t.segments.map((s) => {
        const sp = speakers.get(s.speaker);
        const speaker = !sp ? s.speaker : sp.kind === 'narrator' ? t.meta.sourceDocument.author : `${sp.name['zh-Hant']} ${sp.name.en}`;
        return keyed({ slug: t.meta.slug, id: s.id }, { original: s.original, originalLang: t.meta.originalLanguage, translation: s.translation, translationLang: t.meta.translationLanguage, speaker, translationLabel: ui.en.cite.shareCardTranslation(pairNamesIn(t.meta, 'en')), footer: `${t.meta.title['zh-Hant']} · ${siteName.en}` } satisfies ShareImageData);
      }),
    ),
  );
}

/**
 * What a quote card shows of its segment: its texts, its speaker and the verdicts of its
 * fact-checks (as badges). Not the notes' texts, so that editing a note leaves the card's key alone.
 */
export interface EmbedSegment {
  id: string;
  speaker: string;
  original: string;
  translation: string;
  annotations: readonly { verdict?: PlacedSegment['annotations'][number]['verdict'] }[];
}

/** A quote card's and its oEmbed file's data: the segment as the card shows it, its transcript's metadata and its speaker. */
export interface EmbedPageData {
  meta: TranscriptMeta;
  segment: EmbedSegment;
  /** The segment's speaker only: the card names no other. */
  speakers: ReadonlyMap<string, Speaker>;
  /** The site's name and default interface language (the card and its oEmbed file name them). */
  settings: Pick<Settings, 'siteName' | 'defaultLocale'>;
}

/**
 * The quote cards and their oEmbed files: one per segment, and one at each old id the registry
 * redirects, showing its successor, so that a card already framed by another site keeps working
 * after a rename (a frame follows no 301 on a host without dist/_redirects).
 */
export async function embedPaths() {
  const { transcripts, speakers } = await renderedTranscripts();
  const { siteName, defaultLocale } = await getSettings();
  return Promise.all(
    transcripts.flatMap((t) => {
      const byId = new Map(t.segments.map((s) => [s.id, s]));
      const card = (id: string, s: PlacedSegment) => {
        const segment: EmbedSegment = { id: s.id, speaker: s.speaker, original: s.original, translation: s.translation, annotations: s.annotations.flatMap((a) => (a.verdict ? [{ verdict: a.verdict }] : [])) };
        const speaker = new Map(speakers.has(s.speaker) ? [[s.speaker, speakers.get(s.speaker)!] as const] : []);
        return keyed({ slug: t.meta.slug, id }, { meta: t.meta, segment, speakers: speaker, settings: { siteName, defaultLocale } } satisfies EmbedPageData);
      };
      return [...t.segments.map((s) => card(s.id, s)), ...[...registryRedirects(t)].map(([from, to]) => card(from, byId.get(to)!))];
    }),
  );
}
