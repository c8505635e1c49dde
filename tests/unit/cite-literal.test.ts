/**
 * Any character in a quote comes back as written from every citation format: the text formats
 * (APA, MLA, Chicago, RIS, CSL-JSON) show it, and BibTeX escapes it so that independent parsers
 * read back the same text. Both the segment citations (citation-js) and the passage citations
 * (written by hand, src/lib/passage-cite.ts) are checked. The speaker and report are fictional.
 */
import { describe, expect, test } from 'vitest';
import { parse as parseBetterBibtex } from '@retorquere/bibtex-parser';
import { BibLatexParser } from 'biblatex-csl-converter';
import { latexText, protect, restoreLatex, restoreText } from '../../src/lib/cite-literal';
import { formatCitations, formatEach, type CslItem } from '../../src/lib/citations';
import { apaInText } from '../../src/lib/cite-format';
import { passageCitations, passageItem, type PassageCiteData } from '../../src/lib/passage-cite';

/** One text per character class. */
const CLASSES: Record<string, string> = {
  'tag-like': 'AI <b>粗</b> <i>斜</i> <sup>1</sup> <sub>2</sub> <sc>s</sc> <span class="nocase">x</span> <span style="font-variant:small-caps;">y</span> < 人類 > 0',
  'quotes': `He said "it's 'no'" — 他說"不" ‘a’ “b” \`c\``,
  'ampersand and entities': 'R&D &amp; &lt;b&gt; &#38;',
  'braces and LaTeX specials': '{x} \\emph{y} 100% US$5 #1 a_b ~ 2^10 \\\\',
  'ligatures': "a--b---c ''d'' ``e`` ,,f !`g ?`h <<i>> '''",
  'emoji': '😀 👩🏽‍🚀 🔹 🇹🇼',
  'RTL': 'שלום עולם مرحبا بالعالم',
  'combining marks': 'e\u0301 a\u0308\u0332 \u05D0\u05B8',
  'spaced punctuation': 'a : b ; c ? d ! e « f » g',
  'private use': '\uE000\uE001\uE00F\uE0FF',
};

describe('protect and restore', () => {
  test.each(Object.entries(CLASSES))('%s: restoreText(protect(t)) is t, and the protected text has no character an engine reads', (_, t) => {
    const p = protect(t);
    expect(restoreText(p)).toBe(t);
    expect(p).not.toMatch(/[<>&"'“”‘’`{}\\%$#_~^]| [:;?!»]|« /);
  });

  test('LaTeX escapes: specials escaped, ligatures kept apart, other text as it is', () => {
    expect(latexText('{x} 100% US$5 #1 a_b & ~ ^ \\')).toBe('\\{x\\} 100\\% US\\$5 \\#1 a\\_b \\& \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    expect(latexText('a < b > c "d"')).toBe('a $<$ b $>$ c {"}d{"}');
    expect(latexText('a--b ,, \'\'')).toBe('a-{}-b ,{}, \'{}\'');
    expect(latexText('中文 😀 שלום')).toBe('中文 😀 שלום');
    expect(restoreLatex('plain')).toBe('plain');
  });
});

const item = (title: string): CslItem => ({
  id: 'fictional-quote',
  'citation-label': 'fictional-quote',
  type: 'interview',
  title,
  author: [{ given: 'Ada', family: 'Example' }],
  translator: [{ literal: 'Interlinear' }],
  'container-title': '虛構訪談 [A fictional interview]',
  'event-title': 'Example Forum',
  'event-place': 'Nowhere',
  genre: 'Interview, as reported by 某記者',
  publisher: 'Interlinear',
  language: 'zh-Hant',
  issued: { 'date-parts': [[2025, 7, 26]] },
  URL: 'https://example.org/transcripts/x/fictional-quote/',
  note: `Note: ${title}`,
});

/** What both BibTeX parsers read as the entry's title, as plain text. */
function bibTitles(bib: string): { better: string; biblatex: string } {
  const better = parseBetterBibtex(bib);
  expect(better.errors).toEqual([]);
  const b = new BibLatexParser(bib, { processUnexpected: true, processUnknown: true }).parse();
  expect(b.errors).toEqual([]);
  const fields = Object.values(b.entries)[0]!.fields as { title: { text: string }[] };
  return { better: String(better.entries[0]!.fields.title), biblatex: fields.title.map((n) => n.text).join('') };
}

describe.each(Object.entries(CLASSES))('every format, %s', (_, t) => {
  const f = formatCitations([item(t)]);

  test.each(['apa', 'mla', 'chicago', 'ris'] as const)('%s shows the text as written', (format) => {
    expect(f[format]).toContain(t);
  });

  test('CSL-JSON holds it', () => {
    expect((JSON.parse(f.csljson) as CslItem[])[0]!.title).toBe(t);
  });

  test('BibTeX: Zotero’s parser and biblatex-csl-converter read it back (the latter drops ^, a known gap of its importer)', () => {
    expect(f.bibtex).not.toMatch(/\\textbf|\\textit|\\textsc|\\textsuperscript|\\textsubscript/);
    const { better, biblatex } = bibTitles(f.bibtex);
    // Better BibTeX marks case-protected text with <span class="nocase">; the title is braced whole.
    expect(better.replace(/^<span class="nocase">([\s\S]*)<\/span>$/, '$1')).toBe(t);
    expect(biblatex).toBe(t.replaceAll('^', ''));
  });

  test('formatEach gives the same as formatting alone', () => {
    const items = [item('第一段。'), { ...item(t), id: 'second', 'citation-label': 'second', URL: 'https://example.org/s/' }];
    const each = formatEach(items);
    expect(each.get('second')).toEqual(formatCitations([items[1]!]));
  });

  test('APA in-text keeps the author as written', () => {
    expect(apaInText({ ...item(t), author: [{ literal: t }] }, '0:01:02')).toContain(t);
  });

  test('a passage citation (written by hand) shows it, and its BibTeX reads back', () => {
    const data: PassageCiteData = {
      common: { 'container-title': '虛構訪談', 'event-title': 'Example Forum', 'event-place': 'Nowhere', genre: 'Interview', publisher: 'Interlinear', language: 'zh-Hant', issued: { 'date-parts': [[2025, 7, 26]] }, translator: [{ literal: 'Interlinear' }] },
      transcriptTitle: '虛構訪談',
      event: 'Example Forum',
      sourceReport: '某記者',
      authors: [{ given: 'Ada', family: 'Example' }],
      speakers: ['Ada Example'],
      segments: { a: 0 },
      languageNames: { original: 'Chinese', translation: 'English' },
    };
    const p = { url: 'https://example.org/transcripts/x/#a', segments: [{ id: 'a' }], zh: t };
    const pf = passageCitations(passageItem(data, p), p);
    for (const format of ['apa', 'mla', 'chicago', 'ris'] as const) expect(pf[format], format).toContain(t);
    const { better, biblatex } = bibTitles(pf.bibtex);
    expect(better.replace(/^<span class="nocase">([\s\S]*)<\/span>$/, '$1')).toBe(t);
    expect(biblatex).toBe(t.replaceAll('^', ''));
  });
});
