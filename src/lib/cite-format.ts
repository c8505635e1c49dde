/**
 * Formatting of CSL items by citation-js: APA, MLA and Chicago (CSL, through citeproc), BibTeX, RIS
 * and CSL-JSON. Kept apart from the items themselves (citations.ts) and free of Astro and of
 * extension-less imports, so that the citation worker (src/data/cite-worker.ts) can load it with
 * Node's type stripping: at 10,000 segments citeproc is the largest cost of the build, and it runs
 * there, beside the thread that renders pages.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { mlaStyle, chicagoStyle } from './cite-styles.ts';
import { entryOnlyStyle } from './cite-entry-style.ts';
import type { CodeLang } from './highlight.ts';

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

