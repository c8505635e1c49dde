import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import { createHighlighter } from 'shiki';
import { colourClass, highlightCode, THEME, type CodeLang } from '../../src/lib/highlight';
import { formatCitations, segmentItem, transcriptBibliography, type CiteContext } from '../../src/lib/citations';
import { xTakeoverMeta, xTakeoverSpeakers } from '../fixtures/x-takeover-2025.meta';

/** What Astro's <Code wrap> writes, with inline styles: the reference colouring. */
const shiki = await createHighlighter({ langs: ['bibtex', 'json'], themes: ['github-dark'] });
const reference = (code: string, lang: CodeLang) =>
  shiki.codeToHtml(code.replace(/(?:\r\n|\r|\n)$/, ''), {
    lang,
    theme: 'github-dark',
    transformers: [
      {
        pre(node) {
          node.properties.class = String(node.properties.class).replace(/shiki/g, 'astro-code');
          node.properties.dataLanguage = lang;
          node.properties.style = `${String(node.properties.style)}; overflow-x: auto; white-space: pre-wrap; word-wrap: break-word;`;
        },
      },
    ],
  });

// Characters that code blocks must show as text: markup, quotes, ampersands in a title and a URL.
const meta = {
  ...xTakeoverMeta,
  title: { ...xTakeoverMeta.title, en: 'Elon Musk at X Takeover 2025 <by> "video" & link' },
  speakers: ['elon-musk'],
  sourceDocument: { ...xTakeoverMeta.sourceDocument, url: 'https://hao.cnyes.com/post/184417?a=1&b=2' },
};
const speakers = new Map([['elon-musk', xTakeoverSpeakers.get('elon-musk')!]]);
const ctx: CiteContext = { meta, speakers, site: new URL('https://interlinear.example/') };
const hostile = ['US$12 billion, 67% & <b>bold</b> "quoted" \'single\' `tick` {braces} \\back', '這不是進步,這就像一場“超音速海嘯”。\ttab  two  spaces ', 'emoji 🚀 and \u00a0nbsp'];
const segments = hostile.map((zh, i) => ({ id: `seg-${i}`, speaker: 'elon-musk', original: zh, translation: hostile[(i + 1) % hostile.length]! }));
const blocks = [...segments.map((s) => formatCitations([segmentItem(s, ctx)])), formatCitations(transcriptBibliography(ctx, segments))];

/** The rules global.css gives the highlighting classes: class → declarations. */
const css = readFileSync('src/styles/global.css', 'utf8');
const rules = new Map([...css.matchAll(/\.(astro-code|tb?-[a-z0-9]+(?:\.t-[a-z])?)\s*\{([^}]*)\}/g)].map((m) => [m[1]!, m[2]!.trim()]));
const decl = (block: string | undefined, prop: string) => block && new RegExp(`(?:^|;)\\s*${prop}:\\s*([^;]+)`).exec(block)?.[1]!.trim().toLowerCase();

interface Paint { ch: string; color: string; bg: string; fontStyle: string }
/** What each character of a block looks like: its colour, background and font style, from inline styles (codeToHtml) or our classes and global.css. */
function paint(html: string): Paint[] {
  const $ = cheerio.load(html);
  const pre = $('pre');
  const base = { color: (decl(pre.attr('style'), 'color') ?? decl(rules.get('astro-code'), 'color'))!, bg: '', fontStyle: '' };
  const out: Paint[] = [];
  const walk = (el: AnyNode, p: Omit<Paint, 'ch'>) => {
    // A space shows no colour (unless it has a background or a line through or under it).
    if (el.type === 'text') for (const ch of (el as Text).data) out.push({ ch, ...p, color: /\s/.test(ch) && !p.bg && !/underline|line-through/.test(p.fontStyle) ? '' : p.color });
    if (el.type !== 'tag') return;
    const tag = el as Element;
    let next = p;
    if (tag.name === 'span') {
      const style = tag.attribs.style;
      const classes = (tag.attribs.class ?? '').split(' ').filter((c) => c && c !== 'line');
      const fromClasses = (prop: string) => classes.map((c) => decl(rules.get(c), prop)).find(Boolean);
      const fonts = style ? [decl(style, 'font-style'), decl(style, 'font-weight'), decl(style, 'text-decoration')] : [fromClasses('font-style'), fromClasses('font-weight'), fromClasses('text-decoration')];
      next = { color: decl(style, 'color') ?? fromClasses('color') ?? p.color, bg: decl(style, 'background-color') ?? fromClasses('background-color') ?? p.bg, fontStyle: fonts.filter(Boolean).join(' ') || p.fontStyle };
    }
    for (const child of tag.children) walk(child, next);
  };
  for (const child of pre.get(0)!.children) walk(child, base);
  return out;
}

describe('highlightCode: every character looks as Shiki codeToHtml colours it, with no inline style', () => {
  test.each(blocks.flatMap((f, i) => [[`bibtex ${i}`, f.bibtex, 'bibtex'], [`ris ${i}`, f.ris, 'txt'], [`csljson ${i}`, f.csljson, 'json']] as [string, string, CodeLang][]))('%s', async (_, code, lang) => {
    const ours = await highlightCode(code, lang);
    expect(ours).not.toMatch(/ style=/);
    expect(ours).toMatch(new RegExp(`^<pre class="astro-code github-dark" tabindex="0" data-language="${lang}"><code><span class="line">`));
    const expected = paint(reference(code, lang));
    expect(expected.some((c) => c.color !== expected[0]!.color) || lang === 'txt').toBe(true); // the reference is coloured
    expect(paint(ours)).toEqual(expected);
  });
  test.each([['', 'txt'], ['\n', 'json'], ['  \n\t{"a": "<&>"}\r\n', 'json'], ['@misc{x,\n  note = {  a  & b }\n}\n\n', 'bibtex']] as [string, CodeLang][])('edge case %j (%s)', async (code, lang) => {
    expect(paint(await highlightCode(code, lang))).toEqual(paint(reference(code, lang)));
  });
});

test('global.css has a rule for every colour and background of the theme, and the block colours of the theme', () => {
  const theme = shiki.getTheme(THEME);
  expect(decl(rules.get('astro-code'), 'color')).toBe(theme.fg.toLowerCase());
  expect(decl(rules.get('astro-code'), 'background-color')).toBe(theme.bg.toLowerCase());
  for (const { settings } of theme.settings) {
    if (settings.foreground && settings.foreground.toLowerCase() !== theme.fg.toLowerCase()) expect(decl(rules.get(colourClass(settings.foreground)), 'color'), settings.foreground).toBe(settings.foreground.toLowerCase());
    if (settings.background) expect(decl(rules.get(colourClass(settings.background, 'tb')), 'background-color'), settings.background).toBe(settings.background.toLowerCase());
  }
});
