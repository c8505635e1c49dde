// Copying a permalink or a citation: loaded only when a reader presses a copy button (the listener
// in the preferences script, src/components/PrefsScript.astro, imports this file on first use).
// Copies the text of the element named by data-copy-from, or a permalink made absolute: data-url,
// else the rel="bookmark" link of the button's article. Confirms on the button and in an aria-live
// region (messages from <body data-copied data-copy-failed>), and when the clipboard is refused
// shows the text selected in a readonly field.
let live: HTMLElement | undefined;

async function copy(b: HTMLButtonElement): Promise<void> {
  const d = b.dataset;
  const { copied, copyFailed } = document.body.dataset;
  d.label ??= b.textContent ?? '';
  const text = d.copyFrom
    ? document.getElementById(d.copyFrom)!.textContent!.trim()
    : new URL(d.url ?? b.closest('article')!.querySelector<HTMLAnchorElement>('a[rel~="bookmark"]')!.href, location.href).href;
  if (!live) {
    live = document.createElement('p');
    live.className = 'sr-only';
    live.setAttribute('aria-live', 'polite');
    document.body.append(live);
  }
  let msg = copied!;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    msg = copyFailed!;
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

// Bundled as a standalone module whose exports would be dropped, so it answers an event instead:
// the preferences script dispatches `il-copy` on the pressed button once this file has loaded.
document.addEventListener('il-copy', (e) => void copy(e.target as HTMLButtonElement));
