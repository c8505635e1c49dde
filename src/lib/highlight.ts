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
import { createHighlighter, type Highlighter } from 'shiki';

export type CodeLang = 'bibtex' | 'json' | 'txt';
const THEME = 'github-dark';

let highlighter: Promise<Highlighter> | undefined;

/** The highlighted HTML of one block, uncached. */
export async function highlightCode(code: string, lang: CodeLang): Promise<string> {
  highlighter ??= createHighlighter({ langs: ['bibtex', 'json'], themes: [THEME] });
  return (await highlighter).codeToHtml(code.replace(/(?:\r\n|\r|\n)$/, ''), {
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
