// The words a note is about, shown as twins (src/components/NoteSpanScript.astro loads this module
// on pages with note spans only). Without it, each marked span is a link to its note. With it,
// pointing at or focusing a span also lights up the spans of the same note in the same segment,
// in both languages (class note-span--twin): the bilingual alignment of that phrase, shown.
const lit: Element[] = [];

function clear(): void {
  for (const el of lit.splice(0)) el.classList.remove('note-span--twin');
}

function light(e: Event): void {
  const span = (e.target as Element).closest?.('a.note-span[data-note]');
  if (!(span instanceof HTMLElement)) return;
  clear();
  const note = span.dataset.note!;
  // data-notes lists every note holding a piece, so the pieces of a span split by an inner one light up together.
  for (const el of span.closest('article')?.querySelectorAll('a.note-span[data-notes]') ?? []) {
    if (!(el as HTMLElement).dataset.notes!.split(' ').includes(note)) continue;
    el.classList.add('note-span--twin');
    lit.push(el);
  }
}

document.addEventListener('mouseover', light);
document.addEventListener('focusin', light);
document.addEventListener('mouseout', (e) => {
  if ((e.target as Element).closest?.('a.note-span')) clear();
});
document.addEventListener('focusout', clear);
