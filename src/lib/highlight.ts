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
const html = new Map<string, string>();

export async function highlight(code: string, lang: CodeLang): Promise<string> {
  const key = `${lang}\n${code}`;
  let out = html.get(key);
  if (out === undefined) {
    highlighter ??= createHighlighter({ langs: ['bibtex', 'json'], themes: [THEME] });
    out = (await highlighter).codeToHtml(code.replace(/(?:\r\n|\r|\n)$/, ''), {
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
    html.set(key, out);
  }
  return out;
}
