/**
 * The BibTeX and RIS the site writes, read by parsers no one here wrote: Zotero's Better BibTeX
 * parser (@retorquere/bibtex-parser) and biblatex-csl-converter (BibLaTeX's data model, and RIS).
 * Every .bib and .ris file in dist/, and the BibTeX and RIS of every segment page's cite panel,
 * must parse with no error and no warning.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseBetterBibtex } from '@retorquere/bibtex-parser';
import { BibLatexParser, parseRIS } from 'biblatex-csl-converter';
import { distDir, distFile, loadExport, loadPage } from '../support/dist';
/** The published transcript whose content these assertions name. */
const slug = 'x-takeover-2025';

/** Every file of dist/ whose name ends with `ext` (not the .br/.gz copies). */
function distFiles(ext: string, dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? distFiles(ext, join(dir, e.name)) : e.name.endsWith(ext) ? [relative(distDir, join(dir, e.name))] : [],
  );
}

/**
 * A test build has no SITE_URL, so its absolute URLs are on 127.0.0.1, which biblatex-csl-converter
 * refuses as a private address (`unknown_uri`). A public build writes its SITE_URL there: the text is
 * parsed as such a build writes it.
 */
const LOCAL_ORIGIN = /http:\/\/(?:127\.0\.0\.1|localhost):\d+/g;
const asPublished = (text: string) => text.replace(LOCAL_ORIGIN, 'https://interlinear.example');

/** What each parser reports, as short strings, so that a failure shows what was wrong. */
function bibtexProblems(bib: string): { entries: number; problems: string[] } {
  const better = parseBetterBibtex(bib);
  const biblatex = new BibLatexParser(asPublished(bib), { processUnexpected: true, processUnknown: true }).parse();
  const counted = Object.keys(biblatex.entries).length;
  const problems = [
    ...better.errors.map((e) => `bibtex-parser error: ${JSON.stringify(e)}`),
    ...biblatex.errors.map((e) => `biblatex-csl-converter error: ${JSON.stringify(e)}`),
    ...biblatex.warnings.map((w) => `biblatex-csl-converter warning: ${JSON.stringify(w)}`),
  ];
  if (better.entries.length !== counted) problems.push(`bibtex-parser read ${better.entries.length} entries, biblatex-csl-converter ${counted}`);
  return { entries: counted, problems };
}

function risProblems(ris: string): { entries: number; problems: string[] } {
  const r = parseRIS(asPublished(ris));
  const entries = Object.values(r.entries) as { entry_key: string; fields: Record<string, unknown> }[];
  return {
    entries: entries.length,
    problems: [
      ...r.errors.map((e) => `RIS error: ${JSON.stringify(e)}`),
      ...r.warnings.map((w) => `RIS warning: ${JSON.stringify(w)}`),
      // We publish no DOI: a doi field means some text of ours was read as one.
      ...entries.filter((e) => 'doi' in e.fields).map((e) => `RIS read as a DOI: ${JSON.stringify(e.fields.doi)}`),
    ],
  };
}

const segments = loadExport(slug).segments;

describe('citation files read cleanly in independent parsers', () => {
  const bibFiles = distFiles('.bib');
  const risFiles = distFiles('.ris');

  it('the site writes a .bib and a .ris for each transcript', () => {
    expect(bibFiles).toContain(`transcripts/${slug}.bib`);
    expect(risFiles).toContain(`transcripts/${slug}.ris`);
  });

  it.each(bibFiles)('%s: every entry, no error, no warning', (file) => {
    const { entries, problems } = bibtexProblems(distFile(file));
    expect(problems).toEqual([]);
    expect(entries).toBe(segments.length + 1); // the transcript's own entry, then one per segment
  });

  it.each(risFiles)('%s: every record, no error, no warning', (file) => {
    const { entries, problems } = risProblems(distFile(file));
    expect(problems).toEqual([]);
    expect(entries).toBe(segments.length + 1);
  });

  it("each segment page's BibTeX and RIS parse alone", () => {
    const problems: string[] = [];
    for (const { id } of segments) {
      const $ = loadPage(`transcripts/${slug}/${id}/`);
      const bib = bibtexProblems($('#cite-bibtex').text());
      const ris = risProblems($('#cite-ris').text());
      if (bib.entries !== 1 || ris.entries !== 1) problems.push(`${id}: ${bib.entries} BibTeX entries, ${ris.entries} RIS records`);
      problems.push(...[...bib.problems, ...ris.problems].map((p) => `${id}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
});
