// The only code copy buttons run on load: one delegated listener. The copying itself is in
// copy-run.ts, fetched on the first press, so the transcript page stays within its 1 KB of
// JavaScript on load. Buttons are in the HTML and shown by CSS only when JavaScript runs.
document.addEventListener('click', (e) => {
  const b = (e.target as Element).closest?.<HTMLButtonElement>('button.copy-btn');
  if (b) void import('./copy-run').then((m) => m.copy(b));
});
