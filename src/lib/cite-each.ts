/**
 * Every format of each of many items: exactly what formatCitations([item]) gives for each item,
 * at a small part of its cost.
 *
 * citeproc's cost is per entry and style, and a segment page cites one segment: on a large corpus
 * that was most of the build. Yet the segments of one transcript by one speaker differ
 * only in their id, title (the quote), URL and note. So each such group is formatted by citeproc
 * once, as a template item whose varying fields are tokens, and each segment's entry is that
 * template with the tokens replaced:
 * - the URL by the URL itself (citeproc writes a URL untouched);
 * - the title by citeproc's own rendering of that title, from a style that renders the title
 *   alone (far cheaper than the full style), with the quotation marks the full style puts around it
 *   (the title's own characters are protected, cite-literal.ts, and come back as written).
 * Every text still comes from citeproc. Guards, each falling back to formatting the item alone:
 * - the id, citation label and note must not appear in the template's entries, and the title and
 *   URL tokens at most once each;
 * - a title must not start with a space, nor end with a space, quotation mark or punctuation,
 *   which citeproc trims, moves or merges with the text after it (`.` after a quoted title moves
 *   inside the quotes unless the title ends with `?`); a URL must be plain (no space, quote or
 *   angle bracket);
 * - the first item of each group is also formatted alone, and the group falls back whole if the
 *   two differ.
 * tests/unit/citations.test.ts compares every segment of the published transcript, and hostile
 * titles, with formatCitations([item]).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { restoreText } from './cite-literal.ts';
import { cslTitle, formatBibtex, formatCslJson, formatRis, formatStyled, styledFormats, type CitationFormat, type CslItem, type StyledFormat } from './cite-format.ts';

/** The fields in which the items of one group may differ. */
const VARYING = ['id', 'citation-label', 'title', 'URL', 'note'] as const;
const TOKEN = { id: 'zqidqz', title: 'zqtitleqz', URL: 'https://token.invalid/zqurlqz', note: 'zqnoteqz' };
const TOKENS_FILLED = /zqtitleqz|https:\/\/token\.invalid\/zqurlqz/g;

/** Styles that render the title alone, plain or in quotation marks (as MLA quotes an interview's title). */
const cslConfig = plugins.config.get('@csl') as { styles: { has(name: string): boolean; add(name: string, xml: string): void } };
const titleStyle = (quotes: boolean) =>
  `<?xml version="1.0" encoding="utf-8"?><style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>Title alone</title><id>interlinear-title-alone</id><updated>2026-01-01T00:00:00+00:00</updated></info>` +
  `<citation><layout><text variable="citation-label"/></layout></citation><bibliography><layout><text variable="title"${quotes ? ' quotes="true"' : ''}/></layout></bibliography></style>`;
const TITLE_ALONE = { plain: 'interlinear-title-plain', quoted: 'interlinear-title-quoted' } as const;
type TitleKind = keyof typeof TITLE_ALONE;
if (!cslConfig.styles.has(TITLE_ALONE.plain)) cslConfig.styles.add(TITLE_ALONE.plain, titleStyle(false));
if (!cslConfig.styles.has(TITLE_ALONE.quoted)) cslConfig.styles.add(TITLE_ALONE.quoted, titleStyle(true));
const OPEN = '“';
const CLOSE = '”';

/** What a template entry needs of an item: citeproc trims spaces, and moves or merges punctuation and quotes at a title's end with the text after it. */
const END = /[\s"'“”‘’.,:;!?…]/u;
const plainTitle = (t: string) => t.length > 0 && !/\s/u.test(t[0]!) && !END.test(t[t.length - 1]!);
const plainUrl = (u: string) => /^https?:\/\/[^\s"'<>]+$/.test(u);

/** A group's entries with tokens in place of the title and URL, and how the title is rendered in each style. */
interface Template {
  entries: Record<StyledFormat, string>;
  titleKind: Partial<Record<StyledFormat, TitleKind>>;
}

function template(shared: Omit<CslItem, (typeof VARYING)[number]>): Template | undefined {
  const entries = formatStyled([{ ...shared, id: TOKEN.id, 'citation-label': TOKEN.id, title: TOKEN.title, URL: TOKEN.URL, note: TOKEN.note } as CslItem]);
  const titleKind: Template['titleKind'] = {};
  for (const f of styledFormats) {
    const e = entries[f];
    const count = (token: string) => e.split(token).length - 1;
    if (count(TOKEN.id) || count(TOKEN.note) || count(TOKEN.title) > 1 || count(TOKEN.URL) > 1) return undefined;
    const at = e.indexOf(TOKEN.title);
    if (at >= 0) titleKind[f] = e[at - 1] === OPEN ? 'quoted' : 'plain';
  }
  return { entries, titleKind };
}

/** Each item's title as citeproc renders it alone, for each kind needed: id → kind → text. */
function titlesAlone(items: CslItem[], kinds: Set<TitleKind>): Map<string, Partial<Record<TitleKind, string>>> {
  const out = new Map<string, Partial<Record<TitleKind, string>>>(items.map((i) => [i.id, {}]));
  if (items.length === 0) return out;
  const cite = new Cite(items.map((i) => ({ id: i.id, 'citation-label': i.id, type: i.type, title: cslTitle(i.title) })));
  for (const kind of kinds) {
    const list = cite.format('bibliography', { format: 'text', template: TITLE_ALONE[kind], lang: 'en-US', asEntryArray: true, nosort: true }) as unknown as [string, string][];
    for (const [id, text] of list) {
      const t = text.trim();
      // The quoted style's outer marks stand for the full style's own, which the template keeps.
      const inner = kind === 'plain' ? t : t.startsWith(OPEN) && t.endsWith(CLOSE) ? t.slice(OPEN.length, -CLOSE.length) : undefined;
      if (inner !== undefined) out.get(id)![kind] = restoreText(inner);
    }
  }
  return out;
}

function fill(t: Template, item: CslItem, titles: Partial<Record<TitleKind, string>>): Record<StyledFormat, string> | undefined {
  const out = {} as Record<StyledFormat, string>;
  for (const f of styledFormats) {
    const kind = t.titleKind[f];
    const title = kind && titles[kind];
    if (kind && title === undefined) return undefined;
    // One pass, so that a title can never be taken for a token.
    out[f] = t.entries[f].replace(TOKENS_FILLED, (token) => (token === TOKEN.title ? (title ?? '') : item.URL));
  }
  return out;
}

const sameEntries = (a: Record<StyledFormat, string>, b: Record<StyledFormat, string>) => styledFormats.every((f) => a[f] === b[f]);

/**
 * Every format of each item on its own, keyed by item id (ids must be unique). `onAlone` hears of
 * each item that citeproc formatted in full (the first of each group, and any the guards refuse).
 */
export function formatEach(items: CslItem[], onAlone?: (id: string) => void): Map<string, Record<CitationFormat, string>> {
  const groups = new Map<string, CslItem[]>();
  for (const item of items) {
    const shared: Record<string, unknown> = { ...item };
    for (const k of VARYING) delete shared[k];
    const key = JSON.stringify(shared);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }

  const styled = new Map<string, Record<StyledFormat, string>>();
  const alone = (item: CslItem) => {
    onAlone?.(item.id);
    const out = formatStyled([item]);
    styled.set(item.id, out);
    return out;
  };
  const fits = (i: CslItem) => plainTitle(i.title) && plainUrl(i.URL);
  for (const [first, ...rest] of groups.values() as Iterable<[CslItem, ...CslItem[]]>) {
    const expected = alone(first);
    const t = template(first);
    const check = t && fits(first) ? fill(t, first, titlesAlone([first], kindsOf(t)).get(first.id)!) : undefined;
    if (!t || !check || !sameEntries(check, expected)) {
      rest.forEach(alone);
      continue;
    }
    const titles = titlesAlone(rest.filter(fits), kindsOf(t));
    for (const item of rest) {
      const filled = titles.has(item.id) && fill(t, item, titles.get(item.id)!);
      if (filled) styled.set(item.id, filled);
      else alone(item);
    }
  }

  return new Map(items.map((item) => [item.id, { ...styled.get(item.id)!, bibtex: formatBibtex([item]), ris: formatRis([item]), csljson: formatCslJson([item]) }]));
}

const kindsOf = (t: Template) => new Set(Object.values(t.titleKind));
