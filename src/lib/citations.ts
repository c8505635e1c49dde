/**
 * Citations of a transcript and of each of its segments, produced by citation-js at build time
 * (never by our own string templates): APA, MLA and Chicago (CSL), BibTeX, RIS and CSL-JSON.
 *
 * What a citation says: who spoke (the segment's speaker), the quote in Chinese and — marked as
 * Interlinear's translation — in English, the event, the date, the source report (its byline and
 * publisher) and the permalink. The key is the segment id (stable and unique across the site);
 * the transcript's own entry is keyed by its slug.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { TranscriptMeta } from '../schemas/transcript';
import type { Speaker } from '../schemas/speaker';
import type { Segment } from '../schemas/segment';
import { mlaStyle, chicagoStyle } from './cite-styles';
import { entryOnlyStyle } from './cite-entry-style';
import type { CodeLang } from './highlight';
import { paths } from './urls';
import { truncate } from './text';

/** BibTeX keeps Chinese (not \\u escapes or dropped letters) and uses our ids as keys. */
const bibtexConfig = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } };
Object.assign(bibtexConfig.format, { asciiOnly: false, useIdAsLabel: true, checkLabel: false });

const cslConfig = plugins.config.get('@csl') as { styles: { has(name: string): boolean; get(name: string): string; add(name: string, xml: string): void } };
if (!cslConfig.styles.has('interlinear-mla')) cslConfig.styles.add('interlinear-mla', mlaStyle);
if (!cslConfig.styles.has('interlinear-chicago')) cslConfig.styles.add('interlinear-chicago', chicagoStyle);

/** The CSL template of each styled format, and its variant for formatting many items at once (see cite-entry-style.ts). */
const templates = { apa: 'apa', mla: 'interlinear-mla', chicago: 'interlinear-chicago' } as const;
type StyledFormat = keyof typeof templates;
const entriesTemplate = (f: StyledFormat) => `${templates[f]}-entries`;
for (const f of Object.keys(templates) as StyledFormat[]) if (!cslConfig.styles.has(entriesTemplate(f))) cslConfig.styles.add(entriesTemplate(f), entryOnlyStyle(cslConfig.styles.get(templates[f])));

/** A CSL-JSON item (the subset we write). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { literal?: string; family?: string; given?: string }[];
  translator?: { literal: string }[];
  'container-title'?: string;
  'collection-title'?: string;
  publisher?: string;
  'event-title'?: string;
  'event-place'?: string;
  genre?: string;
  medium?: string;
  language?: string;
  issued: { 'date-parts': number[][] };
  URL: string;
  note?: string;
  'citation-label'?: string;
}

export const citationFormats = ['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csljson'] as const;
export type CitationFormat = (typeof citationFormats)[number];
/** The formats that are code (shown highlighted) and the Shiki language of each. */
export const codeFormats: Partial<Record<CitationFormat, CodeLang>> = { bibtex: 'bibtex', ris: 'txt', csljson: 'json' };
export const formatLabels: Record<CitationFormat, string> = { apa: 'APA', mla: 'MLA', chicago: 'Chicago', bibtex: 'BibTeX', ris: 'RIS', csljson: 'CSL-JSON' };

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
 * The CSL item of one segment. The Chinese text is the title (the report's words); the English
 * follows in brackets, marked as our translation, so no format presents it as the speaker's words.
 */
export function segmentItem(s: Pick<Segment, 'id' | 'zh' | 'en' | 'speaker'>, { meta: m, speakers, site }: CiteContext): CslItem {
  const speaker = speakers.get(s.speaker);
  const author = speaker ? (speaker.kind === 'narrator' ? { literal: m.sourceDocument.author } : personName(speaker.name.en)) : { literal: s.speaker };
  return {
    id: s.id,
    'citation-label': s.id,
    type: 'interview',
    title: `${truncate(s.zh, 90)} [English translation by ${PUBLISHER}: ${truncate(s.en, 160)}]`,
    author: [author],
    translator: [{ literal: PUBLISHER }],
    'container-title': `${bilingualTitle(m)} (report by ${m.sourceDocument.author}, ${m.sourceDocument.publisher['zh-Hant']})`,
    ...eventFields(m),
    URL: new URL(paths.segment('en', m.slug, s.id), site).href,
    note: `Segment ${s.id} of ${bilingualTitle(m)}. Speaker: ${speaker?.name.en ?? s.speaker}. Event: ${m.event.name}. Source report: ${sourceReport(m)}. The Chinese is the report verbatim; the English is ${PUBLISHER}'s translation of it, not the speaker's own words.`,
  };
}

/** The CSL item of the whole transcript. */
export function transcriptItem({ meta: m, speakers, site }: CiteContext): CslItem {
  const person = m.speakers.map((id) => speakers.get(id)).find((sp) => sp?.kind === 'person');
  return {
    id: m.slug,
    'citation-label': m.slug,
    type: 'interview',
    title: bilingualTitle(m),
    author: [person ? personName(person.name.en) : { literal: m.sourceDocument.author }],
    translator: [{ literal: PUBLISHER }],
    ...eventFields(m),
    URL: new URL(paths.transcript('en', m.slug), site).href,
    note: `Bilingual transcript of ${sourceReport(m)}. The Chinese is the report verbatim; the English is ${PUBLISHER}'s translation of it.`,
  };
}

/**
 * RIS lines from citation-js's RIS record objects. citation-js's own text output wraps values at
 * 70 characters, and importers (citation-js included) re-join the pieces with a space, which
 * breaks URLs and Chinese text; so the records are citation-js's, only written one tag a line.
 */
function risText(records: Record<string, string | string[]>[]): string {
  return records
    .map((r) => {
      const lines = [`TY  - ${String(r.TY)}`];
      for (const [tag, value] of Object.entries(r)) if (tag !== 'TY') for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`);
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n\n');
}

/**
 * With `asciiOnly: false` citation-js 0.8 writes values untouched, so LaTeX's special characters
 * are not escaped either ("US$12 billion" opens math mode, "67%" starts a comment): the BibTeX
 * output would not parse. We escape exactly those in the free-text fields before formatting.
 */
const LATEX_FIELDS = ['title', 'container-title', 'note', 'genre', 'event-title', 'event-place', 'publisher'] as const;
function latexSafe(item: CslItem): CslItem {
  const out: CslItem = { ...item };
  for (const k of LATEX_FIELDS) if (typeof out[k] === 'string') (out as unknown as Record<string, string>)[k] = out[k].replace(/[&%$#_]/g, '\\$&');
  return out;
}

/**
 * Every format of one or more items, as text. Memoised on the items: the transcript's own citation
 * is shown on its page in both interface languages.
 */
const formatted = new Map<string, Record<CitationFormat, string>>();
export function formatCitations(items: CslItem[]): Record<CitationFormat, string> {
  const key = JSON.stringify(items);
  let out = formatted.get(key);
  if (!out) {
    const styled = styledCite(items);
    const csl = (f: StyledFormat) => (styled.format('bibliography', { format: 'text', template: templates[f], lang: 'en-US' }) as string).trim();
    out = { apa: csl('apa'), mla: csl('mla'), chicago: csl('chicago'), bibtex: formatBibtex(items), ris: formatRis(items), csljson: formatCslJson(items) };
    formatted.set(key, out);
  }
  return out;
}

/**
 * Every format of each item on its own, keyed by item id: what formatCitations([item]) gives for
 * each, but with one citeproc run per style for all the items (a segment page cites one segment;
 * a run per page was most of the build time). Item ids must be unique.
 */
export function formatEach(items: CslItem[]): Map<string, Record<CitationFormat, string>> {
  const styled = styledCite(items);
  const entries = (f: StyledFormat) => {
    const list = styled.format('bibliography', { format: 'text', template: entriesTemplate(f), lang: 'en-US', asEntryArray: true, nosort: true }) as unknown as [string, string][];
    return new Map(list.map(([id, text]) => [id, text.trim()]));
  };
  const apa = entries('apa');
  const mla = entries('mla');
  const chicago = entries('chicago');
  return new Map(
    items.map((item) => [
      item.id,
      { apa: apa.get(item.id)!, mla: mla.get(item.id)!, chicago: chicago.get(item.id)!, bibtex: formatBibtex([item]), ris: formatRis([item]), csljson: formatCslJson([item]) },
    ]),
  );
}

/**
 * The items as the styled (CSL) formats get them. citeproc treats names of items whose language is
 * Chinese as CJK names ("Musk Elon", no comma); the names we cite are romanised, so the styled
 * formats are produced without the language field, and titles are marked `nocase` so that English
 * styles do not title-case our bracketed translation.
 */
function styledCite(items: CslItem[]): Cite {
  const nocase = (t: string | undefined) => (t === undefined ? undefined : `<span class="nocase">${t}</span>`);
  return new Cite(items.map(({ language: _language, ...rest }) => ({ ...rest, title: nocase(rest.title)!, 'container-title': nocase(rest['container-title']) })));
}

export const formatBibtex = (items: CslItem[]): string => (new Cite(items.map(latexSafe)).format('bibtex', { format: 'text' }) as string).trim();
export const formatRis = (items: CslItem[]): string => risText(new Cite(items).format('ris', { format: 'object' }) as Record<string, string | string[]>[]);
const formatCslJson = (items: CslItem[]): string => (new Cite(items).format('data', { format: 'text' }) as string).trim();

/** The whole transcript's bibliography: its own entry and one per segment. */
export function transcriptBibliography(ctx: CiteContext, segments: readonly Pick<Segment, 'id' | 'zh' | 'en' | 'speaker'>[]): CslItem[] {
  return [transcriptItem(ctx), ...segments.map((s) => segmentItem(s, ctx))];
}
