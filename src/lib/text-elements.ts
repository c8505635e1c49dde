/**
 * The text inside <Original>/<Translation>: what the author wrote is what is published. Characters that MDX
 * reads as syntax are written as HTML character references (&lt; &#123; &#125; &gt; &amp; &quot; &#92; &#96;),
 * which are decoded here exactly as MDX decodes them; nothing else (no Markdown) is interpreted.
 */
import { parseEntities } from 'parse-entities';
import type { Pos, Problem } from './problem.ts';

/** Collapses the whitespace that line breaks in the MDX source leave inside a text. */
export const cleanText = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** The published text of an <Original>/<Translation> element from its raw source. */
export const decodeText = (raw: string) => parseEntities(cleanText(raw), { nonTerminated: false });

/** The names of a segment's two text elements. */
export type TextTag = 'Original' | 'Translation';

/** An <Original> or <Translation> element's text as it stands in the source, with its offset in the body. */
export interface TextRegion {
  tag: TextTag;
  /** Offset of the first character after `<Original>` or `<Translation>`. */
  start: number;
  raw: string;
}

/** Every <Original>/<Translation> text in an MDX body, found without parsing (so that syntax errors do not hide the others). */
export function textRegions(body: string): TextRegion[] {
  const out: TextRegion[] = [];
  for (const m of body.matchAll(/<(Original|Translation)>([\s\S]*?)(?=<\/(?:Original|Translation)>|<\/?Segment\b|<(?:Original|Translation)>|$)/g)) {
    out.push({ tag: m[1] as TextTag, start: m.index + m[0].length - m[2]!.length, raw: m[2]! });
  }
  return out;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF「」『』]/u;

/** Turns an offset in the body into a file position (the body starts after `lineOffset` lines). */
export type Locate = (offset: number) => Pos;

/**
 * What an author wrote in a text that would not be published as written:
 * - `<` or `{`, which MDX reads as markup or an expression (raw HTML such as <script> is refused:
 *   content is text, never markup);
 * - a line break next to Chinese, which would publish a space the source does not have.
 * Returns the problems and a copy of the body where those characters are neutralised (same length,
 * so positions stay right) for parsing the rest.
 */
export function scanTexts(body: string, file: string, locate: Locate, idAt: (offset: number) => string | undefined): { problems: Problem[]; parseable: string } {
  const problems: Problem[] = [];
  const chars = body.split('');
  for (const { tag: lang, start, raw } of textRegions(body)) {
    const id = idAt(start);
    const inner = raw.trim();
    const lead = raw.length - raw.trimStart().length;
    const opened = new Set<string>();
    for (let i = 0; i < inner.length; i++) {
      const c = inner[i];
      const at = start + lead + i;
      if (c === '<') {
        // A note span's tag (src/lib/note-spans.ts) is the one markup allowed: it is read, not published.
        const note = /^(?:<Note\b[^<>]*>|<\/Note\s*>)/.exec(inner.slice(i))?.[0];
        if (note) {
          // Line breaks stay, so that every later position in the parsed copy is still right.
          for (let k = 0; k < note.length; k++) if (note[k] !== '\n') chars[at + k] = '\uE002';
          i += note.length - 1;
          continue;
        }
        const tag = /^<\/?[A-Za-z][\w.:-]*/.exec(inner.slice(i))?.[0];
        chars[at] = '\uE000';
        // One line per element: its closing tag is reported only when it has no opening tag.
        if (tag?.startsWith('</') && opened.has(tag.slice(2))) continue;
        if (tag && !tag.startsWith('</')) opened.add(tag.slice(1));
        problems.push({
          file, ...locate(at), id,
          problem: tag ? `"${tag}>" is markup inside <${lang}>: transcript text is never markup` : `"<" starts markup inside <${lang}>`,
          fix: tag ? `remove the tag, or write &lt; for each "<" that belongs to the text` : 'write &lt; instead',
        });
      } else if (c === '{') {
        problems.push({ file, ...locate(at), id, problem: `"{" starts an expression inside <${lang}>`, fix: 'write &#123; instead (and &#125; for "}")' });
        chars[at] = '\uE001';
      } else if (c === '\n') {
        // The characters either side, past any note span's tags (which are not published).
        const untagged = (t: string) => t.replace(/<\/?Note\b[^<>]*>/g, '');
        const before = untagged(inner.slice(0, i)).trimEnd().slice(-1);
        const after = untagged(inner.slice(i)).trimStart().slice(0, 1);
        if (CJK.test(before) || CJK.test(after)) {
          problems.push({
            file, ...locate(at), id,
            problem: `<${lang}> text is broken over two lines here: the break would publish a space between "${before}" and "${after}"`,
            fix: `join the lines: keep each <${lang}> on one line`,
          });
        }
      }
    }
  }
  return { problems, parseable: chars.join('') };
}

/**
 * How a text is written inside <Original>/<Translation> (or, with `attribute`, inside original="…"/translation="…"), for tools
 * that write transcripts (the import, `npm run new`): the characters MDX reads as syntax become
 * character references, everything else stays as it is. `decodeText(encodeText(s)) === s` for a
 * text on one line without leading or trailing spaces.
 */
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;', '"': '&quot;', '\\': '&#92;', '`': '&#96;', '*': '&#42;', _: '&#95;', '[': '&#91;', ']': '&#93;' };

export function encodeText(text: string, attribute = false): string {
  // Markdown's inline marks are encoded too (\ ` * _ [ ]): <Original> and <Translation> on consecutive lines are one
  // Markdown paragraph, and an escape, code span, emphasis or link could run across the closing tag
  // (found by the property test in tests/unit/transcript-body.test.ts).
  return text.replace(attribute ? /[&<>{}\\`*_[\]"]/g : /[&<>{}\\`*_[\]]/g, (c) => ENTITY[c]!);
}
