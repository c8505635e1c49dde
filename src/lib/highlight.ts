/**
 * Shiki highlighting of the code-style citation formats (BibTeX, RIS, CSL-JSON): Shiki's tokens
 * and github-dark colours, written as classes rather than inline styles.
 *
 * Why classes: Shiki's own HTML (and Astro's <Code>) colours every token with a `style` attribute,
 * which the Content-Security-Policy could allow only with 'unsafe-inline' for style attributes;
 * with classes the policy allows no inline style at all. The rules are in src/styles/global.css,
 * one per colour the theme defines (`.t-9ecbff`), and tests/unit/highlight.test.ts checks that
 * every one of them is there and that each character gets the colour codeToHtml gives it. Tokens
 * in the default colour need no element, and neighbours of one colour share one, which also makes
 * the blocks about half the size (a segment page shows three, in each interface language).
 *
 * Why not <Code>: it highlights on every render. Here one highlighter with only the languages and
 * theme we use is created once. Segment pages get their blocks from src/data/segment-citations.ts
 * (`highlightCode`: each text is highlighted once there); the few other blocks go through
 * `highlight`, which caches by text.
 */
import { createHighlighter, type Highlighter, type ThemedToken } from 'shiki';

/** TextMate's FontStyle bits (a const enum in Shiki's types, so not importable as a value). */
const FontStyle = { Italic: 1, Bold: 2, Underline: 4, Strikethrough: 8 } as const;

export type CodeLang = 'bibtex' | 'json' | 'txt';
export const THEME = 'github-dark';

let highlighter: Promise<Highlighter> | undefined;

/**
 * The class of a colour: `t-` and its hex digits for a token colour, `tb-` for a background.
 * global.css has one rule per colour of the theme.
 */
export const colourClass = (colour: string, prefix: 't' | 'tb' = 't') => `${prefix}-${colour.replace(/^#/, '').toLowerCase()}`;

/**
 * The highlighted HTML of one block, uncached: `<pre class="astro-code github-dark">` (the class
 * Astro's <Code> gives, styled in global.css), one `<span class="line">` per line, and a span per
 * run of characters that are not in the default colour.
 */
export async function highlightCode(code: string, lang: CodeLang): Promise<string> {
  highlighter ??= createHighlighter({ langs: ['bibtex', 'json'], themes: [THEME] });
  const { tokens, fg } = (await highlighter).codeToTokens(code.replace(/(?:\r\n|\r|\n)$/, ''), { lang, theme: THEME });
  const plain = (fg ?? '').toLowerCase();
  let html = `<pre class="astro-code ${THEME}" tabindex="0" data-language="${attr(lang)}"><code>`;
  tokens.forEach((line, i) => {
    html += i ? '\n<span class="line">' : '<span class="line">';
    let run = '';
    let runClass = '';
    const flush = () => {
      if (run) html += runClass ? `<span class="${runClass}">${run}</span>` : run;
      run = '';
    };
    for (const token of line) {
      const cls = tokenClass(token, plain);
      // Spaces look the same in any colour (not with a background or a line): they join the run they are in.
      if (cls !== runClass && !(/^\s+$/.test(token.content) && !/\bt-[us]\b|\btb-/.test(`${cls} ${runClass}`))) {
        flush();
        runClass = cls;
      }
      run += text(token.content);
    }
    flush();
    html += '</span>';
  });
  return `${html}</code></pre>`;
}

/** As hast-util-to-html escapes (what codeToHtml uses): text `<` and `&`, attribute `"` and `&`, as hexadecimal references. */
const text = (s: string) => s.replace(/[<&]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
const attr = (s: string) => s.replace(/["&]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);

/** The classes of a token's colour, background and font style; '' in the default colour. */
function tokenClass(t: ThemedToken, plain: string): string {
  const parts: string[] = [];
  if (t.color && t.color.toLowerCase() !== plain) parts.push(colourClass(t.color));
  if (t.bgColor) parts.push(colourClass(t.bgColor, 'tb'));
  if (t.fontStyle) {
    if (t.fontStyle & FontStyle.Italic) parts.push('t-i');
    if (t.fontStyle & FontStyle.Bold) parts.push('t-b');
    if (t.fontStyle & FontStyle.Underline) parts.push('t-u');
    if (t.fontStyle & FontStyle.Strikethrough) parts.push('t-s');
  }
  return parts.join(' ');
}

/** Highlighted HTML by lang and text (the transcript's own panel is shown in both interface languages). */
const html: Record<CodeLang, Map<string, string>> = { bibtex: new Map(), json: new Map(), txt: new Map() };

export async function highlight(code: string, lang: CodeLang): Promise<string> {
  let out = html[lang].get(code);
  if (out === undefined) {
    out = await highlightCode(code, lang);
    html[lang].set(code, out);
  }
  return out;
}
