// Copying a permalink or a citation: loaded only when a reader presses a copy button (the listener
// in src/scripts/copy.ts imports this file on first use). Copies the permalink (made absolute) or
// the text of the element named by data-copy-from, confirms on the button and in an aria-live
// region, and when the clipboard is refused shows the text selected in a readonly field.
let live: HTMLElement | undefined;

export async function copy(b: HTMLButtonElement): Promise<void> {
  const d = b.dataset;
  const text = d.url ? new URL(d.url, location.href).href : document.getElementById(d.copyFrom!)!.textContent!.trim();
  if (!live) {
    live = document.createElement('p');
    live.className = 'sr-only';
    live.setAttribute('aria-live', 'polite');
    document.body.append(live);
  }
  let msg = d.done!;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    msg = d.failed!;
    if (!(b.nextElementSibling instanceof HTMLInputElement)) {
      const f = document.createElement('input');
      f.readOnly = true;
      f.value = text;
      f.setAttribute('aria-label', d.label!);
      b.after(f);
    }
    (b.nextElementSibling as HTMLInputElement).select();
  }
  // Clear first so that the same message is announced again on a second copy.
  live.textContent = '';
  b.textContent = msg;
  setTimeout(() => { live!.textContent = msg; }, 50);
  setTimeout(() => { b.textContent = d.label!; }, 3000);
}
