/**
 * Text in and out of the transcript format. MDX would read `<`, `{`, `}` (and `>`, `&`) in a
 * text as syntax, so the writer turns them into character references, which MDX decodes; the
 * reader decodes them the same way MDX does, so that any character a publisher types survives.
 * Emoji, right-to-left text and combining marks need nothing and pass through as they are.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

const TEXT_REFS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;' };

/** A text for between `<Zh>…</Zh>` or `<En>…</En>`: one line, syntax characters as references. */
export function encodeText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[&<>{}]/g, (c) => TEXT_REFS[c]!);
}

/** A value for a double-quoted attribute (`zh="…"`): as encodeText, plus `"` as `&quot;`. */
export function encodeAttribute(text: string): string {
  return encodeText(text).replace(/"/g, '&quot;');
}

// The same pattern micromark uses for references (decimal up to 7 digits, hex up to 6, names up to 31).
const REFERENCE = /&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;

/**
 * Decodes character references (`&lt;`, `&#123;`, `&amp;`…) as MDX does. Backslash escapes are
 * left alone: transcript text is published as written, and `\` is an ordinary character there.
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(REFERENCE, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35 /* # */) return decodeNamedCharacterReference(ref) || whole;
    const hex = ref.charCodeAt(1) === 120 || ref.charCodeAt(1) === 88; // x or X
    return decodeNumericCharacterReference(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
  });
}
