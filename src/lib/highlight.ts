/**
 * Shiki highlighting of the code-style citation formats (BibTeX, RIS, CSL-JSON), with the markup
 * Astro's <Code wrap> component writes (class `astro-code`, `data-language`, wrapping styles).
 *
 * Why not <Code> itself: every segment page shows three blocks in each interface language, and
 * <Code> highlights on every render. Here one highlighter with only the languages and theme we use
 * is created once, and each distinct text is highlighted once: the English and Chinese pages of a
 * segment share the result. Colours are inline `style` attributes, which the CSP allows
 * ('unsafe-inline' for attributes only); no <style> element is produced.
 */
import { createHighlighter, type Highlighter } from 'shiki';

export type CodeLang = 'bibtex' | 'json' | 'txt';
const THEME = 'github-dark';

let highlighter: Promise<Highlighter> | undefined;
/**
 * Highlighted HTML by lang and text, kept as UTF-8: all English pages are rendered before the
 * Chinese ones, so every entry lives until the end of the build, and the markup (mostly ASCII,
 * with some Chinese) takes about half the memory of a JavaScript string. Keyed by the text itself
 * per lang (not a concatenated key, which would be a second copy of every text).
 */
const html: Record<CodeLang, Map<string, Buffer>> = { bibtex: new Map(), json: new Map(), txt: new Map() };

export async function highlight(code: string, lang: CodeLang): Promise<string> {
  const cached = html[lang].get(code);
  if (cached) return cached.toString('utf8');
  highlighter ??= createHighlighter({ langs: ['bibtex', 'json'], themes: [THEME] });
  const out = (await highlighter).codeToHtml(code.replace(/(?:\r\n|\r|\n)$/, ''), {
    lang,
    theme: THEME,
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
  html[lang].set(code, Buffer.from(out, 'utf8'));
  return out;
}
