/**
 * Shiki highlighting of the code-style citation formats (BibTeX, RIS, CSL-JSON), with the markup
 * Astro's <Code wrap> component writes (class `astro-code`, `data-language`, wrapping styles).
 *
 * Why not <Code> itself: every segment page shows three blocks in each interface language, and
 * <Code> highlights on every render. Here one highlighter with only the languages and theme we use
 * is created once per thread. Segment pages get their blocks from the citation worker
 * (src/data/cite-worker.ts, `highlightCode`: each text is highlighted once there); the few blocks
 * highlighted in the page-rendering thread go through `highlight`, which caches by text. Colours
 * are inline `style` attributes, which the CSP allows ('unsafe-inline' for attributes only); no
 * <style> element is produced.
 */
import { createHighlighter, type Highlighter, type ThemedToken } from 'shiki';

/** TextMate's FontStyle bits (a const enum in Shiki's types, so not importable as a value). */
const FontStyle = { Italic: 1, Bold: 2, Underline: 4, Strikethrough: 8 } as const;

export type CodeLang = 'bibtex' | 'json' | 'txt';
const THEME = 'github-dark';

let highlighter: Promise<Highlighter> | undefined;

/**
 * The highlighted HTML of one block, uncached: the markup Shiki's codeToHtml writes (with the
 * <Code wrap> changes to <pre>), serialised here from Shiki's tokens. At 10,000 segments the 30,000
 * blocks spent more time in building and serialising Shiki's HTML tree than in tokenising;
 * tests/unit/highlight.test.ts checks this against codeToHtml itself.
 */
export async function highlightCode(code: string, lang: CodeLang): Promise<string> {
  highlighter ??= createHighlighter({ langs: ['bibtex', 'json'], themes: [THEME] });
  const { tokens, fg, bg, rootStyle } = (await highlighter).codeToTokens(code.replace(/(?:\r\n|\r|\n)$/, ''), { lang, theme: THEME });
  const preStyle = rootStyle || `background-color:${bg};color:${fg}`;
  let html = `<pre class="astro-code ${THEME}" style="${attr(preStyle)}; overflow-x: auto; white-space: pre-wrap; word-wrap: break-word;" tabindex="0" data-language="${attr(lang)}"><code>`;
  mergeWhitespace(tokens).forEach((line, i) => {
    html += i ? '\n<span class="line">' : '<span class="line">';
    for (const token of line) {
      const style = tokenStyle(token);
      html += `${style ? `<span style="${attr(style)}">` : '<span>'}${text(token.content)}</span>`;
    }
    html += '</span>';
  });
  return `${html}</code></pre>`;
}

/** As hast-util-to-html escapes (what codeToHtml uses): text `<` and `&`, attribute `"` and `&`, as hexadecimal references. */
const text = (s: string) => s.replace(/[<&]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
const attr = (s: string) => s.replace(/["&]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);

/** Shiki's getTokenStyleObject + stringifyTokenStyle (single theme, no htmlStyle). */
function tokenStyle(t: ThemedToken): string {
  const parts: string[] = [];
  if (t.color) parts.push(`color:${t.color}`);
  if (t.bgColor) parts.push(`background-color:${t.bgColor}`);
  if (t.fontStyle) {
    if (t.fontStyle & FontStyle.Italic) parts.push('font-style:italic');
    if (t.fontStyle & FontStyle.Bold) parts.push('font-weight:bold');
    const decorations = [];
    if (t.fontStyle & FontStyle.Underline) decorations.push('underline');
    if (t.fontStyle & FontStyle.Strikethrough) decorations.push('line-through');
    if (decorations.length) parts.push(`text-decoration:${decorations.join(' ')}`);
  }
  return parts.join(';');
}

/** Shiki's mergeWhitespaceTokens (codeToHast's default): a whitespace-only token joins the next one. */
function mergeWhitespace(lines: ThemedToken[][]): ThemedToken[][] {
  return lines.map((line) => {
    const out: ThemedToken[] = [];
    let carry = '';
    line.forEach((token, i) => {
      const couldMerge = !(token.fontStyle && (token.fontStyle & FontStyle.Underline || token.fontStyle & FontStyle.Strikethrough));
      if (couldMerge && /^\s+$/.test(token.content) && line[i + 1]) carry += token.content;
      else if (carry) {
        if (couldMerge) out.push({ ...token, content: carry + token.content });
        else out.push({ content: carry, offset: token.offset }, token);
        carry = '';
      } else out.push(token);
    });
    return out;
  });
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
