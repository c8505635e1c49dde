// "Cite selection": loaded when a reader first selects text in the transcript (the loader in
// src/components/CiteSelection.astro imports this file then), never before. It puts a
// "Cite selection" button right after the text of the segment where the selection ends, so that
// Tab from the selection reaches it; the button opens the passage's link (first segment's
// permalink plus a text fragment) and its six citations, built here from the transcript's
// passages.json by small templates (src/lib/passage-cite.ts). The markup and its strings come
// from a <template> in the page, in the page's language. Bundled standalone (`?worker&url`), as
// the copying code is: it answers no export, it starts itself.
import { collapse, directiveText, passageDirective, type TextPoint } from '../lib/text-fragment';
import { passageCitations, passageItem, type Passage, type PassageCiteData } from '../lib/passage-cite';

const root = document.getElementById('transcript-text')!;
const tpl = document.getElementById('cite-selection') as HTMLTemplateElement;
const { data: dataUrl, permalinkBase } = tpl.dataset as { data: string; permalinkBase: string };
let data: Promise<PassageCiteData> | undefined;
let control: HTMLElement | undefined;
/** The selected passage, without its link yet, and the ranges of its first and last words. */
let current: { passage: Omit<Passage, 'url'>; first: Range; last: Range } | undefined;

/** Whether an element lays out as a block: the unit a text fragment's term cannot cross. */
const blockCache = new WeakMap<Element, boolean>();
function isBlock(el: Element): boolean {
  let b = blockCache.get(el);
  if (b === undefined) blockCache.set(el, (b = !getComputedStyle(el).display.startsWith('inline')));
  return b;
}

/**
 * The page's visible text in blocks, as the text-fragment model wants it (whitespace collapsed),
 * and a way to turn a DOM point into a position in it.
 */
function pageText(): { blocks: string[]; point: (node: Node, offset: number) => TextPoint } {
  const blocks: string[] = [];
  const where = new Map<Text, { block: number; at: number }>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let owner: Element | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const el = n.parentElement;
    if (!el || !el.checkVisibility() || el.closest('template, script, style, .cite-sel')) continue;
    let box: Element = el;
    while (!isBlock(box) && box.parentElement) box = box.parentElement;
    if (box !== owner) {
      owner = box;
      blocks.push('');
    }
    const i = blocks.length - 1;
    let text = collapse(n.data);
    if (blocks[i]!.endsWith(' ') || blocks[i] === '') text = text.replace(/^ /, '');
    where.set(n, { block: i, at: blocks[i]!.length - (collapse(n.data).length - text.length) });
    blocks[i] += text;
  }
  const point = (node: Node, offset: number): TextPoint => {
    const w = node instanceof Text ? where.get(node) : undefined;
    if (!w) return { block: 0, offset: 0 };
    const at = Math.max(0, w.at + collapse(node.textContent!.slice(0, offset)).length);
    return { block: w.block, offset: Math.min(at, blocks[w.block]!.length) };
  };
  return { blocks, point };
}

/** A range's ends as text positions (a triple-click ends the range on an element, not in a text). */
function textEnd(range: Range, end: boolean): [Node, number] {
  const node = end ? range.endContainer : range.startContainer;
  const offset = end ? range.endOffset : range.startOffset;
  if (node instanceof Text) return [node, offset];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n) && /\S/.test(n.textContent!)) texts.push(n as Text);
  const t = end ? texts[texts.length - 1] : texts[0];
  return t ? [t, end ? t.data.length : 0] : [node, offset];
}

/** The selected words of each language in the transcript's text, and the segments they are in. */
function passageOf(range: Range): typeof current {
  const zh: string[] = [];
  const en: string[] = [];
  const segments: Passage['segments'] = [];
  let first: Range | undefined;
  let last: Range | undefined;
  for (const el of root.querySelectorAll<HTMLElement>('.seg > :nth-child(2) > *')) {
    if (!range.intersectsNode(el) || !el.checkVisibility()) continue;
    const part = document.createRange();
    part.selectNodeContents(el);
    if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
    if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
    const words = collapse(part.toString()).trim();
    if (!words) continue;
    first ??= part;
    last = part;
    // A segment's row holds the original, then the translation (src/components/SegmentView.astro).
    (el.previousElementSibling ? en : zh).push(words);
    const seg = el.closest<HTMLElement>('article.seg')!;
    // The segment's start in the recording, where the page carries one (data-start, in seconds).
    const start = seg.dataset.start !== undefined ? Number(seg.dataset.start) : undefined;
    if (segments[segments.length - 1]?.id !== seg.id) segments.push({ id: seg.id, start });
  }
  if (!first || !last) return undefined;
  return { passage: { segments, zh: zh.join('') || undefined, en: en.join(' ') || undefined }, first, last };
}

/**
 * The passage's link. It reads the whole page's text (long on a long transcript), so it is made
 * when the reader opens the panel, not on every change of the selection. It addresses the
 * transcript words only, even if the selection began in a heading or a note.
 */
function linkOf(c: NonNullable<typeof current>): string {
  const { blocks, point } = pageText();
  const directive = passageDirective(blocks, point(...textEnd(c.first, false)), point(...textEnd(c.last, true)));
  return new URL(`${permalinkBase}#${c.passage.segments[0]!.id}${directiveText(directive)}`, location.href).href;
}

/** The control, made once from the template; placed after the segment text where the selection ends. */
function getControl(): HTMLElement {
  if (control) return control;
  control = (tpl.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const button = control.querySelector<HTMLButtonElement>('.cite-sel-btn')!;
  const panel = control.querySelector<HTMLElement>('.cite-sel-panel')!;
  // Pressing the button must not take the selection away before it is read.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', () => void open(panel, button));
  control.querySelector('.cite-sel-close')!.addEventListener('click', () => {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  });
  return control;
}

async function open(panel: HTMLElement, button: HTMLButtonElement): Promise<void> {
  if (!current) return;
  const p: Passage = { ...current.passage, url: linkOf(current) };
  data ??= fetch(dataUrl).then((r) => r.json() as Promise<PassageCiteData>);
  const formats = passageCitations(passageItem(await data, p), p);
  const link = panel.querySelector<HTMLAnchorElement>('.cite-sel-link')!;
  link.href = p.url;
  link.textContent = p.url;
  for (const [f, text] of Object.entries(formats)) panel.querySelector(`[data-format="${f}"] .cite-sel-text`)!.textContent = text;
  panel.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  panel.querySelector<HTMLElement>('h2')!.focus();
}

function update(): void {
  const sel = getSelection();
  const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : undefined;
  const c = getControl();
  if (!range || !root.contains(range.commonAncestorContainer) && !range.intersectsNode(root)) {
    // A collapsed selection (a click elsewhere) removes the control, unless its panel is open or
    // the reader is in it (clicking in the panel to select a citation collapses the selection too).
    const open = !c.querySelector<HTMLElement>('.cite-sel-panel')!.hidden;
    if (!open && !c.contains(document.activeElement) && !(sel?.anchorNode && c.contains(sel.anchorNode))) c.remove();
    return;
  }
  const found = passageOf(range);
  if (!found) return;
  current = found;
  const ids = found.passage.segments;
  // A segment's second child is the row of its texts (src/components/SegmentView.astro).
  const lastSeg = root.querySelector<HTMLElement>(`article.seg[id="${ids[ids.length - 1]!.id}"] > :nth-child(2)`)!;
  const panel = c.querySelector<HTMLElement>('.cite-sel-panel')!;
  panel.hidden = true;
  c.querySelector('.cite-sel-btn')!.setAttribute('aria-expanded', 'false');
  if (lastSeg.nextElementSibling !== c) lastSeg.after(c);
}

let timer: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('selectionchange', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 120);
});
update();
