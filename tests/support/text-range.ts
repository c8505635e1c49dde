/**
 * Words of a page's text as a DOM Range, for browser tests that select quoted words as a reader
 * does or measure where a link landed. The words may run through a note's marked span (a link
 * inside the text), so they are found in an element's whole text, then placed in its text nodes.
 * It runs inside the page: install it with `context.addInitScript(installTextRange)`.
 */
declare global {
  interface Window {
    /** From `words` in `from` to the end of `endWords` in `to`; null when either is not there. */
    textRange(from: Element, words: string, to?: Element, endWords?: string): Range | null;
  }
}

export function installTextRange() {
  const place = (el: Element, offset: number, end: boolean): [Text, number] => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (offset < n.data.length || (end && offset === n.data.length)) return [n, offset];
      offset -= n.data.length;
    }
    throw new Error(`offset ${offset} is past the text of ${el.className}`);
  };
  window.textRange = (from, words, to = from, endWords = words) => {
    const i = from.textContent!.indexOf(words);
    const j = to.textContent!.indexOf(endWords);
    if (i < 0 || j < 0) return null;
    const range = document.createRange();
    range.setStart(...place(from, i, false));
    range.setEnd(...place(to, j + endWords.length, true));
    return range;
  };
}
