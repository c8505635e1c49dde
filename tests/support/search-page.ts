/**
 * Driving the search page in the e2e tests: open it for a query, wait for a settled state, follow
 * a result and check where the reader lands.
 */
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch } from './browser';
import { ROW } from './segment-parts';

export type Params = Record<string, string>;
export const searchUrl = (base: string, p: Params, prefix = '') => `${base}${prefix}/search/?${new URLSearchParams(p)}`;

/**
 * Waits until a search page shows a settled state (results, none, failed, empty) for the query `q`
 * in its URL, or for any query when `q` is left out; returns the state and the result ids.
 */
export async function settled(on: Page, q?: string) {
  await on.waitForFunction(
    (query) => (query === null || new URL(location.href).searchParams.get('q') === query) && ['results', 'none', 'failed', 'empty'].includes(document.getElementById('search-status')?.dataset.state ?? ''),
    q ?? null,
    { timeout: 15_000 },
  );
  const state = await on.getAttribute('#search-status', 'data-state');
  const ids = await on.$$eval('#search-results > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.segment ?? ''));
  return { state, ids };
}

/** Opens the search page for a query and waits for a settled state; returns it and the result ids. */
export async function search(page: Page, base: string, p: Params, prefix = '') {
  await page.goto(searchUrl(base, p, prefix));
  return settled(page);
}

/** Follows a result's link and checks where the reader lands. */
export async function follow(page: Page, id: string) {
  const link = page.locator(`#search-results > li[data-segment="${id}"] a.search-hit`);
  const href = (await link.getAttribute('href'))!;
  await Promise.all([page.waitForURL((u) => u.hash.startsWith(`#${id}`)), link.click()]);
  await page.waitForLoadState('load');
  await page.waitForFunction((i) => {
    const el = document.getElementById(i);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  }, id, { timeout: 10_000, polling: 100 }); // the suite's poll deadline (vitest.config.ts): two cores shared with other browsers
  const landed = await page.evaluate((row) => ({
    hash: location.hash,
    target: document.querySelector(':target')?.id ?? null,
    text: document.querySelector(row)?.textContent ?? '',
  }), `#${id}${ROW}`);
  return { href, ...landed };
}

/** Runs `use` on a page of a fresh browser profile (empty cache), closed afterwards. */
export async function inFreshBrowser(use: (p: Page) => Promise<void>) {
  const reader = await launch();
  try {
    await use(await reader.context.newPage());
  } finally {
    await reader.close();
  }
}

/** One browser for a test file, started before its tests and closed after: `ui.page`, `ui.context`. */
export function useBrowser() {
  const ui = {} as { close: () => Promise<void>; context: BrowserContext; page: Page };
  beforeAll(async () => {
    const b = await launch();
    Object.assign(ui, { close: b.close, context: b.context, page: await b.context.newPage() });
  });
  afterAll(async () => ui.close?.());
  return ui;
}
