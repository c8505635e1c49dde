/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) for words in a
 * text: a TextQuoteSelector (the words, and the text just before and after them) and a
 * TextPositionSelector (where they start and end). Positions and context lengths count Unicode
 * code points, as the model does, never UTF-16 code units (an emoji is one character, not two).
 */
/** Characters of context either side of the words, as Hypothesis keeps. */
export const CONTEXT = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The words from code point `start` to `end` of `text`, with up to `context` code points either side. */
export function textQuoteSelector(text: string, start: number, end: number, context = CONTEXT): TextQuoteSelector {
  const cps = Array.from(text);
  return {
    type: 'TextQuoteSelector',
    exact: cps.slice(start, end).join(''),
    prefix: cps.slice(Math.max(0, start - context), start).join(''),
    suffix: cps.slice(end, end + context).join(''),
  };
}

export function textPositionSelector(start: number, end: number): TextPositionSelector {
  return { type: 'TextPositionSelector', start, end };
}

/** Both selectors for the words from `start` to `end` of a text. */
export const spanSelectors = (text: string, start: number, end: number) => [textQuoteSelector(text, start, end), textPositionSelector(start, end)] as const;

/** The code-point range of the first occurrence of `words` in `text` (for excerpts given as words), or undefined. */
export function findWords(text: string, words: string): { start: number; end: number } | undefined {
  const at = text.indexOf(words);
  if (at < 0) return undefined;
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(words).length };
}

/** One text of a segment with its spans: the language it is in and the text as published. */
export interface SpannedText {
  language: string;
  text: string;
  spans: readonly { note: string; start: number; end: number }[];
}

/** Where a note's words are in one text of one segment: the segment, the language and both selectors, in code points of that text. */
export interface SpanAnchor {
  segment: string;
  language: string;
  selector: readonly [TextQuoteSelector, TextPositionSelector];
}

/** Every span of `note` in the texts of segment `segment`, in text order, each with both selectors. */
export function spanAnchors(note: string, segment: string, texts: readonly SpannedText[]): SpanAnchor[] {
  return texts.flatMap((t) => t.spans.filter((s) => s.note === note).map((s) => ({ segment, language: t.language, selector: spanSelectors(t.text, s.start, s.end) })));
}
