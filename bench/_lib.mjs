// Shared helpers for the benchmarks: the tests' server and Chromium set-up (tests/support), and tables.
import { serveDist } from '../tests/support/serve-dist.ts';
import { launch } from '../tests/support/browser.ts';

/** dist/ (or another built site) served on a free loopback port, as the tests serve it. */
export const serve = (distDir = 'dist') => serveDist({ distDir });

/** Chromium with a fresh profile, as the tests start it (at Playwright's default viewport, which the budgets were set at). */
export const browser = () => launch({ viewport: { width: 1280, height: 720 } });

/** Prints rows of [measure, value, budget, ok] as a Markdown table (pasteable into the README). */
export function table(title, rows) {
  console.log(`\n### ${title}\n`);
  console.log('| measure | value | budget | within |');
  console.log('|---|---|---|---|');
  for (const [m, v, b, ok] of rows) console.log(`| ${m} | ${v} | ${b ?? '—'} | ${ok === undefined ? '—' : ok ? 'yes' : '**no**'} |`);
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
