/** Layout shifts as a reader would suffer them: every shift of a page's life not caused by input. */
import type { Page } from 'playwright-core';

/**
 * Starts recording before the page's first script runs (call before `goto`). Each shift is
 * described with its score and, for each element it moved, where from and where to, e.g.
 * `0.0028: form.search-form 204,106 → 44,106`.
 */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShifts: string[] };
    w.layoutShifts = [];
    const at = (q: DOMRectReadOnly) => `${Math.round(q.x)},${Math.round(q.y)}`;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] }[]) {
        if (e.hadRecentInput) continue;
        const moved = (e.sources ?? []).map((s) => {
          const el = s.node instanceof Element ? s.node : undefined;
          return `${el ? el.tagName.toLowerCase() + (el.classList[0] ? `.${el.classList[0]}` : '') : 'text'} ${at(s.previousRect)} → ${at(s.currentRect)}`;
        });
        w.layoutShifts.push(`${e.value.toFixed(4)}: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded so far, after two more frames so that one in the last frame is reported. */
export async function layoutShifts(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);
}
