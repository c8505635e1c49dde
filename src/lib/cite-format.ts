/**
 * Formatting of CSL items by citation-js: APA, MLA and Chicago (CSL, through citeproc), BibTeX, RIS
 * and CSL-JSON. Kept apart from the items themselves (citations.ts) and free of Astro, so that it
 * stays pure formatting.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { mlaStyle, chicagoStyle } from './cite-styles.ts';
import type { CodeLang } from './highlight.ts';
import { protect, restoreLatex, restoreText } from './cite-literal.ts';

/** BibTeX keeps Chinese (not \\u escapes or dropped letters) and uses our ids as keys. */
const bibtexConfig = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } };
Object.assign(bibtexConfig.format, { asciiOnly: false, useIdAsLabel: true, checkLabel: false });

const cslConfig = plugins.config.get('@csl') as { styles: { has(name: string): boolean; get(name: string): string; add(name: string, xml: string): void } };
if (!cslConfig.styles.has('interlinear-mla')) cslConfig.styles.add('interlinear-mla', mlaStyle);
if (!cslConfig.styles.has('interlinear-chicago')) cslConfig.styles.add('interlinear-chicago', chicagoStyle);

/** The CSL template of each styled format. */
const templates = { apa: 'apa', mla: 'interlinear-mla', chicago: 'interlinear-chicago' } as const;
export type StyledFormat = keyof typeof templates;
export const styledFormats = Object.keys(templates) as StyledFormat[];

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

/**
 * RIS lines from citation-js's RIS record objects. citation-js's own text output wraps values at
 * 70 characters, and importers (citation-js included) re-join the pieces with a space, which
 * breaks URLs and Chinese text; so the records are citation-js's, only written one tag a line.
 * Its `ID` (our key cut to 20 characters) and `LB` tags are left out: importers such as
 * biblatex-csl-converter do not read them and warn, and the key is in the `UR` and `N1` lines. So
 * is `M3` (CSL's genre, "Interview, as reported by …"), which importers read as a DOI; the `N1`
 * note names the source report.
 */
const RIS_LEFT_OUT = new Set(['TY', 'ID', 'LB', 'M3']);
function risText(records: Record<string, string | string[]>[]): string {
  return records
    .map((r) => {
      const lines = [`TY  - ${String(r.TY)}`];
      for (const [tag, value] of Object.entries(r)) if (!RIS_LEFT_OUT.has(tag)) for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${tag === 'DA' ? risDate(String(v)) : String(v).replace(/\s*\n\s*/g, ' ')}`);
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n\n');
}

/** RIS dates are YYYY/MM/DD/other; citation-js writes 2025/7/26/. */
const risDate = (v: string) => v.replace(/^(\d{4})\/(\d{1,2})?\/(\d{1,2})?\//, (_, y: string, m = '', d = '') => `${y}/${m && m.padStart(2, '0')}/${d && d.padStart(2, '0')}/`);

/**
 * citation-js writes a day into BibTeX's month (`month = {jul 26}`), which BibTeX prints as it is
 * and biber refuses: the month becomes the standard macro (`month = jul`) and the day goes (neither
 * has a day field; the date stays whole in the other formats). The title is braced whole: it is a
 * quotation, which no style may re-case (citation-js braces only some capitalised words).
 * citation-js writes what we cite (CSL `interview`) as `@misc` with a `publisher`, a field that
 * neither BibTeX nor BibLaTeX defines for `@misc` (biblatex-csl-converter warns); both
 * define `howpublished` there, and both styles print it.
 */
function bibtexFixes(bib: string): string {
  return bib
    .replace(/^(\tmonth = )\{([a-z]{3})(?: \d{1,2})?\},$/gm, '$1$2,')
    .replace(/^\tpublisher = (\{.*\}),$/gm, '\thowpublished = $1,')
    .replace(/^(\ttitle = )\{(.*)\},$/gm, '$1{{$2}},');
}

/**
 * The free-text fields and names of an item with every character citeproc or citation-js's BibTeX
 * would interpret swapped for a stand-in (cite-literal.ts), so that the text comes back as written.
 * The URL is left as it is: citeproc writes it untouched, and BibTeX's `url` field is verbatim.
 */
const FREE_TEXT = ['title', 'container-title', 'collection-title', 'note', 'genre', 'medium', 'event-title', 'event-place', 'publisher'] as const;
type Name = NonNullable<CslItem['author']>[number];
const protectName = (n: Name): Name => Object.fromEntries(Object.entries(n).map(([k, v]) => [k, typeof v === 'string' ? protect(v) : v])) as Name;
function protectItem(item: CslItem): CslItem {
  const out: CslItem = { ...item };
  for (const k of FREE_TEXT) if (typeof out[k] === 'string') (out as unknown as Record<string, string>)[k] = protect(out[k]);
  if (out.author) out.author = out.author.map(protectName);
  if (out.translator) out.translator = out.translator.map((n) => protectName(n) as { literal: string });
  return out;
}

/**
 * Every format of one or more items, as text. Memoised on the items: the transcript's own citation
 * is shown on its page in both interface languages. (Many items each on its own: cite-each.ts.)
 */
const formatted = new Map<string, Record<CitationFormat, string>>();
export function formatCitations(items: CslItem[]): Record<CitationFormat, string> {
  const key = JSON.stringify(items);
  let out = formatted.get(key);
  if (!out) {
    out = { ...formatStyled(items), bibtex: formatBibtex(items), ris: formatRis(items), csljson: formatCslJson(items) };
    formatted.set(key, out);
  }
  return out;
}

/** The styled (CSL) formats of one or more items, as one bibliography each: one citeproc run per style, not memoised. */
export function formatStyled(items: CslItem[]): Record<StyledFormat, string> {
  const styled = styledCite(items);
  const csl = (f: StyledFormat) => restoreText((styled.format('bibliography', { format: 'text', template: templates[f], lang: 'en-US' }) as string).trim());
  return { apa: csl('apa'), mla: csl('mla'), chicago: csl('chicago') };
}

/**
 * The items as the styled (CSL) formats get them: every text protected (cite-literal.ts; the output
 * is restored by whoever formats). citeproc treats names of items whose language is Chinese as CJK
 * names ("Musk Elon", no comma); the names we cite are romanised, so the styled formats are produced
 * without the language field, and titles are marked `nocase` so that English styles do not
 * title-case our bracketed translation.
 */
function styledCite(items: CslItem[]): Cite {
  return new Cite(
    items.map(({ language: _language, ...rest }) => {
      const p = protectItem(rest as CslItem);
      return { ...p, title: nocase(p.title), 'container-title': p['container-title'] === undefined ? undefined : nocase(p['container-title']) };
    }),
  );
}

const nocase = (t: string) => `<span class="nocase">${t}</span>`;
/** A title as citeproc gets it: its characters protected and kept from case changes. (Restore the output with restoreText.) */
export const cslTitle = (t: string) => nocase(protect(t));

/**
 * APA's in-text citation of a quote from an audio or video recording, which gives the time at
 * which it is heard: "(Author, 2025, 12:34)". citeproc writes it, from APA's own style, with the
 * time as a `timestamp` locator (CSL 1.0.2); `at` is the time as a clock reading.
 */
export function apaInText(item: CslItem, at: string): string {
  const cite = styledCite([item]);
  return restoreText((cite.format('citation', { format: 'text', template: templates.apa, lang: 'en-US', entry: [{ id: item.id, locator: at, label: 'timestamp' }] }) as string).trim());
}

export const formatBibtex = (items: CslItem[]): string => restoreLatex(bibtexFixes((new Cite(items.map(protectItem)).format('bibtex', { format: 'text' }) as string).trim()));
export const formatRis = (items: CslItem[]): string => risText(new Cite(items).format('ris', { format: 'object' }) as Record<string, string | string[]>[]);
export const formatCslJson = (items: CslItem[]): string => (new Cite(items).format('data', { format: 'text' }) as string).trim();

