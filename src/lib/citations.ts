/**
 * Citations of a transcript and of each of its segments, produced by citation-js at build time
 * (never by our own string templates): APA, MLA and Chicago (CSL), BibTeX, RIS and CSL-JSON.
 *
 * What a citation says: who spoke (the segment's speaker), the quote in Chinese and — marked as
 * Interlinear's translation — in English, the event, the date, the source report (its byline and
 * publisher) and the permalink. The key is the segment id (stable and unique across the site);
 * the transcript's own entry is keyed by its slug. Formatting them is cite-format.ts's job.
 */
import type { TranscriptMeta } from '../schemas/transcript';
import type { Speaker } from '../schemas/speaker';
import type { Segment } from '../schemas/segment';
import type { CslItem } from './cite-format';
import { paths } from './urls';
import { truncate } from './text';
import { pairNamesIn } from './languages';

export { citationFormats, codeFormats, formatLabels, formatCitations, formatBibtex, formatRis, apaInText } from './cite-format';
export { formatEach } from './cite-each';
export type { CslItem, CitationFormat } from './cite-format';

const PUBLISHER = 'Interlinear';

/** A person's name split for CSL when it is a Western "Given Family"; otherwise a literal name. */
function personName(name: string): { family: string; given: string } | { literal: string } {
  const m = /^([A-Z][\p{L}.'-]*) ([A-Z][\p{L}'-]+)$/u.exec(name);
  return m ? { given: m[1]!, family: m[2]! } : { literal: name };
}

function dateParts(d: Date): { 'date-parts': number[][] } {
  return { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] };
}

/** The bilingual transcript title, Chinese first with the English in brackets (APA/MLA practice for non-English titles). */
export const bilingualTitle = (m: TranscriptMeta) => `${m.title['zh-Hant']} [${m.title.en}]`;

/** The source report, as a citation names it: byline, publisher, URL. */
export function sourceReport(m: TranscriptMeta): string {
  return `${m.sourceDocument.author}, ${m.sourceDocument.publisher['zh-Hant']}, ${m.sourceDocument.url}`;
}

export interface CiteContext {
  meta: TranscriptMeta;
  speakers: ReadonlyMap<string, Speaker>;
  /** The public origin (absolute URLs are built on it). */
  site: URL;
}

/** What every item of a transcript shares: the event, the report it comes from, the publisher, the date. */
function eventFields(m: TranscriptMeta) {
  return {
    'event-title': m.event.name + (m.event.organizer ? ` (${m.event.organizer})` : ''),
    'event-place': m.place.en,
    genre: `Interview, as reported by ${sourceReport(m)}`,
    publisher: PUBLISHER,
    language: m.originalLanguage,
    issued: dateParts(m.date),
  };
}

/**
 * A segment's text as a citation title: without the report's decorative bullet (🔹), which is layout,
 * not words, and which LaTeX cannot set. A bullet is one pictograph set apart by a space: an emoji that
 * belongs to the words ("😀<…", or the 👩 of a 👩🏽‍🚀 sequence) is kept whole.
 */
const titleText = (t: string) => t.replace(/^\p{Extended_Pictographic}\uFE0F?\s+/u, '');

/**
 * The CSL item of one segment. The original text is the title (the report's words); the translation
 * follows in brackets, marked as our translation, so no format presents it as the speaker's words.
 */
export function segmentItem(s: Pick<Segment, 'id' | 'original' | 'translation' | 'speaker'>, { meta: m, speakers, site }: CiteContext): CslItem {
  const speaker = speakers.get(s.speaker);
  const n = pairNamesIn(m, 'en');
  const author = speaker ? (speaker.kind === 'narrator' ? { literal: m.sourceDocument.author } : personName(speaker.name.en)) : { literal: s.speaker };
  return {
    id: s.id,
    'citation-label': s.id,
    type: 'interview',
    title: `${truncate(titleText(s.original), 90)} [${n.translation} translation by ${PUBLISHER}: ${truncate(titleText(s.translation), 160)}]`,
    author: [author],
    translator: [{ literal: PUBLISHER }],
    'container-title': `${bilingualTitle(m)} (report by ${m.sourceDocument.author}, ${m.sourceDocument.publisher['zh-Hant']})`,
    ...eventFields(m),
    URL: new URL(paths.segment('en', m.slug, s.id), site).href,
    note: `Segment ${s.id} of ${bilingualTitle(m)}. Speaker: ${speaker?.name.en ?? s.speaker}. Event: ${m.event.name}. Source report: ${sourceReport(m)}. The ${n.original} is the report verbatim; the ${n.translation} is ${PUBLISHER}'s translation of it, not the speaker's own words.`,
  };
}

/**
 * The CSL item of the whole transcript. Its author is the report's byline: the transcript is the
 * report, most of it the author's own words (the interviewee is named in the title and, for each
 * quote, in that segment's own citation).
 */
export function transcriptItem({ meta: m, site }: CiteContext): CslItem {
  return {
    id: m.slug,
    'citation-label': m.slug,
    type: 'interview',
    title: bilingualTitle(m),
    author: [{ literal: m.sourceDocument.author }],
    translator: [{ literal: PUBLISHER }],
    ...eventFields(m),
    URL: new URL(paths.transcript('en', m.slug), site).href,
    note: `Bilingual transcript of ${sourceReport(m)}. The Chinese is the report verbatim; the English is ${PUBLISHER}'s translation of it.`,
  };
}

/** The whole transcript's bibliography: its own entry and one per segment. */
export function transcriptBibliography(ctx: CiteContext, segments: readonly Pick<Segment, 'id' | 'original' | 'translation' | 'speaker'>[]): CslItem[] {
  return [transcriptItem(ctx), ...segments.map((s) => segmentItem(s, ctx))];
}
