// The copy buttons (src/components/CopyLink.astro). Runs on load and is kept tiny (the transcript
// page's budget for JavaScript on load is 1 KB in all): turns every .copy-link into a real
// <button>, and one delegated listener copies the permalink (made absolute) or the text of the
// element named by data-copy-from. It confirms on the button and in an aria-live region; when the
// clipboard is refused it shows the text selected in a readonly field to copy by hand.
// Without JavaScript nothing is added: the link or text is always visible beside the slot.
const doc = document;
const make = (tag: string) => doc.createElement(tag);
for (const slot of doc.querySelectorAll<HTMLElement>('.copy-link')) {
  const b = make('button') as HTMLButtonElement;
  b.type = 'button';
  b.className = 'copy-btn';
  b.textContent = slot.dataset.label!;
  slot.append(b);
}
const live = make('p');
live.className = 'sr-only';
live.setAttribute('aria-live', 'polite');
doc.body.append(live);
doc.addEventListener('click', async (e) => {
  const b = (e.target as Element).closest?.('.copy-btn');
  if (!b) return;
  const d = (b.parentNode as HTMLElement).dataset;
  const text = d.url ? new URL(d.url, location.href).href : doc.getElementById(d.copyFrom!)!.textContent!.trim();
  let msg = d.done!;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    msg = d.failed!;
    const f = make('input') as HTMLInputElement;
    f.readOnly = true;
    f.value = text;
    f.setAttribute('aria-label', d.label!);
    b.after(f);
    f.select();
  }
  b.textContent = live.textContent = msg;
  setTimeout(() => (b.textContent = d.label!), 3000);
});
