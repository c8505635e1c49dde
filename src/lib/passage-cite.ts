/**
 * The citation of a passage a reader selected (one segment or several), in the six formats of the
 * segment citations. It runs in the reader's browser (src/client/cite-selection.ts), where
 * citation-js is too large to ship: so the formats are small templates that follow what
 * citation-js writes for a segment (src/lib/cite-format.ts), fed by data emitted per transcript at
 * build time (passageCiteData). Pure: it imports only types and the small escaper of cite-literal.ts.
 */
import type { CslItem, CitationFormat } from './cite-format';
import { latexText } from './cite-literal';

type Name = NonNullable<CslItem['author']>[number];

/** What the browser needs to cite any passage of one transcript (`/transcripts/<slug>/passages.json`). */
export interface PassageCiteData {
  /** Fields every citation of the transcript shares: container, event, genre, publisher, language, date, translator. */
  common: Pick<CslItem, 'container-title' | 'event-title' | 'event-place' | 'genre' | 'publisher' | 'language' | 'issued' | 'translator'>;
  /** The bilingual title of the transcript, as the segment citations' notes name it. */
  transcriptTitle: string;
  /** The event's name. */
  event: string;
  /** The source report: byline, publisher, URL. */
  sourceReport: string;
  /** Every author a segment citation names (a speaker, or the report's byline for the narrator). */
  authors: Name[];
  /** Speaker names in English, in the order of `authors`. */
  speakers: string[];
  /** For each segment id, its index in `authors` and `speakers`. */
  segments: Record<string, number>;
  /** The English names of the original's and the translation's languages ("Chinese", "English"), for the label that says whose words each is. */
  languageNames: { original: string; translation: string };
}

/** A passage as the reader selected it. */
export interface Passage {
  /** The link: the first segment's permalink with a text fragment. */
  url: string;
  /** The segments it spans, in order, each with its start time in the recording if there is one (seconds). */
  segments: { id: string; start?: number | undefined }[];
  /** The selected words of the original, if any. */
  zh?: string | undefined;
  /** The selected words of our translation, if any. */
  en?: string | undefined;
}

const PUBLISHER = 'Interlinear';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Seconds as H:MM:SS, the way a recording's time is read out. */
export function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** Which segments, and where the recording has it: "segments a, b, c; recording at 0:01:02". */
export function passageLocator(p: Passage): string {
  const ids = p.segments.map((s) => s.id);
  const start = p.segments[0]?.start;
  return `${ids.length === 1 ? 'segment' : 'segments'} ${ids.join(', ')}${start !== undefined ? `; recording at ${clock(start)}` : ''}`;
}

/** The CSL item of a passage: the quoted words as the title, the translation marked as ours. */
export function passageItem(data: PassageCiteData, p: Passage): CslItem {
  const ids = p.segments.map((s) => s.id);
  const who = [...new Set(ids.map((id) => data.segments[id]).filter((i): i is number => i !== undefined))];
  const n = data.languageNames;
  const translated = `${n.translation} translation by ${PUBLISHER} of a ${n.original} report`;
  const title = p.zh && p.en ? `${p.zh} [${translated}: ${p.en}]` : p.zh ? p.zh : `[${translated}: ${p.en ?? ''}]`;
  const id = `passage-${ids[0]}${ids.length > 1 ? `--${ids[ids.length - 1]}` : ''}`;
  return {
    id,
    'citation-label': id,
    type: 'interview',
    title,
    author: who.map((i) => data.authors[i]!),
    ...data.common,
    URL: p.url,
    note: `Passage (${passageLocator(p)}) of ${data.transcriptTitle}. Speaker: ${who.map((i) => data.speakers[i]).join(', ')}. Event: ${data.event}. Source report: ${data.sourceReport}. The ${n.original} is the report verbatim; the ${n.translation} is ${PUBLISHER}'s translation of a ${n.original} report, not the speaker's own words.`,
  };
}

const nameOf = (n: Name, initials: boolean) => n.literal ?? `${n.family}, ${initials ? n.given!.replace(/(\p{L})\p{L}*/gu, '$1.') : n.given}`;
const joinNames = (names: string[], and: string) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')}, ${and} ${names[names.length - 1]}`);
const period = (s: string) => (/[.!?。！？]$/.test(s) ? s : `${s}.`);

/** Free text in a BibTeX field, escaped as cite-format.ts escapes what citation-js writes (cite-literal.ts). */
const latex = latexText;

/** The passage in every format, as text. */
export function passageCitations(item: CslItem, p: Passage): Record<CitationFormat, string> {
  const [y, m, d] = item.issued['date-parts'][0]!;
  const month = MONTHS[(m ?? 1) - 1]!;
  const authors = item.author ?? [];
  const where = passageLocator(p);
  const translator = item.translator?.[0]?.literal ?? PUBLISHER;
  const apa = `${joinNames(authors.map((a) => nameOf(a, true)), '&')} (${y}, ${month} ${d}). ${item.title} (${translator}, Trans.) [${item.genre}; ${where}]. ${item['container-title']}. ${item.publisher}. ${item['event-title']}, ${item['event-place']}. ${item.URL}`;
  const mla = `${period(joinNames(authors.map((a, i) => (i === 0 ? nameOf(a, false) : a.literal ?? `${a.given} ${a.family}`)), 'and'))} “${item.title} [${where}].” ${item['container-title']}, translated by ${translator}, ${item.publisher}, ${d} ${month} ${y}, ${item.URL}.`;
  const chicago = `${period(joinNames(authors.map((a) => nameOf(a, false)), 'and'))} ${item.title} [${where}]. ${item.genre}. Translated by ${translator}. ${item['container-title']}. ${item.publisher}, ${month} ${d}, ${y}. ${item.URL}.`;
  const bibtex = [
    `@misc{${item.id},`,
    `\tauthor = {${authors.map((a) => latex(nameOf(a, false))).join(' and ')}},`,
    `\tyear = {${y}},`,
    `\tmonth = ${month.slice(0, 3).toLowerCase()},`,
    `\tnote = {${latex(item.note ?? '')}},`,
    `\thowpublished = {${latex(item.publisher ?? PUBLISHER)}},`,
    `\ttitle = {{${latex(item.title)}}},`,
    `\ttype = {${latex(item.genre ?? '')}},`,
    `\turl = {${item.URL}},`,
    '}',
  ].join('\n');
  const two = (n: number | undefined) => String(n ?? '').padStart(2, '0');
  const ris = [
    'TY  - GEN',
    ...authors.map((a) => `AU  - ${nameOf(a, false)}`),
    `DA  - ${y}/${two(m)}/${two(d)}/`,
    `PY  - ${y}`,
    `ID  - ${item.id}`,
    ...(item.language ? [`LA  - ${item.language}`] : []),
    `LB  - ${item.id}`,
    `M3  - ${item.genre}`,
    `N1  - ${item.note}`,
    `PB  - ${item.publisher}`,
    `T2  - ${item['container-title']}`,
    `TI  - ${item.title.replace(/\s*\n\s*/g, ' ')}`,
    `UR  - ${item.URL}`,
    'ER  - ',
  ].join('\n');
  return { apa, mla, chicago, bibtex, ris, csljson: JSON.stringify([item], null, 2) };
}
