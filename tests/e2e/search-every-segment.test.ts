/**
 * Every segment can be found by a distinctive piece of its own Chinese and of its own English:
 * the real index in the real browser (Pagefind's JS API in the page, as the search page calls it),
 * then the same check and order the search page applies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '../support/browser';
import { cjkRuns } from '../../src/lib/search/cjk.ts';
import { matchLanguage, pagefindQuery, parseQuery } from '../../src/lib/search/query.ts';

interface Seg { id: string; zh: string; en: string }
const segments: Seg[] = readdirSync('dist/transcripts')
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(`dist/transcripts/${f}`, 'utf8')) as { segments: { id: string; text: { 'zh-Hant': string; en: string } }[] }).segments)
  .map((s) => ({ id: s.id, zh: s.text['zh-Hant'], en: s.text.en }));

/** The shortest piece of a Han run of this segment found in no other segment, from the middle out. */
function chinesePiece(s: Seg): { q: string; unique: boolean } {
  const others = segments.filter((o) => o.id !== s.id).map((o) => o.zh);
  const runs = cjkRuns(s.zh);
  for (let len = 2; len <= 8; len++) {
    for (const run of runs) {
      const chars = [...run];
      const mid = Math.max(0, Math.floor((chars.length - len) / 2));
      for (let d = 0; d <= chars.length; d++) {
        for (const at of [mid + d, mid - d]) {
          if (at < 0 || at + len > chars.length) continue;
          const piece = chars.slice(at, at + len).join('');
          if (!others.some((o) => o.includes(piece))) return { q: piece, unique: true };
        }
      }
    }
  }
  // Same text as another segment (e.g. 他說:): the longest run; it must at least be found.
  return { q: runs.sort((a, b) => b.length - a.length)[0] ?? s.zh, unique: false };
}

/** The shortest run of whole English words, as a quoted phrase, found in no other segment. */
function englishPiece(s: Seg): { q: string; unique: boolean } {
  const fold = (t: string) => t.toLowerCase().replace(/\s+/gu, ' ');
  const others = segments.filter((o) => o.id !== s.id).map((o) => fold(o.en));
  const words = s.en.split(/\s+/u);
  for (let len = 1; len <= 6; len++) {
    for (let at = 0; at + len <= words.length; at++) {
      const w = words.slice(at, at + len);
      if (!w.every((x) => /^[A-Za-z0-9]+$/u.test(x))) continue;
      const phrase = w.join(' ');
      if (!others.some((o) => o.includes(fold(phrase)))) return { q: len === 1 ? phrase : `"${phrase}"`, unique: true };
    }
  }
  return { q: `"${s.en.split(/\s+/u).filter((x) => /^[A-Za-z0-9]+$/u.test(x)).slice(0, 4).join(' ')}"`, unique: false };
}

let close: () => Promise<void>;
let page: Page;
beforeAll(async () => {
  const b = await launch();
  close = b.close;
  page = await b.context.newPage();
  await page.goto(`${inject('baseUrl')}/search/`);
});
afterAll(async () => close?.());

async function runAll(queries: string[]): Promise<Seg[][]> {
  // Imported by an expression given as a string: an import() in a function would be rewritten by
  // Vitest, and an injected inline <script> is (rightly) refused by the site's CSP.
  await page.evaluate("import('/pagefind/pagefind.js').then((pf) => { window.__pagefind = pf; })");
  await page.waitForFunction(() => '__pagefind' in window);
  return page.evaluate(async (qs) => {
    const pf = (window as unknown as { __pagefind: { options(o: object): Promise<void>; init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ meta: Record<string, string> }> }[] }> } }).__pagefind;
    await pf.options({ basePath: '/pagefind/', noWorker: true });
    await pf.init();
    const out: { id: string; zh: string; en: string }[][] = [];
    for (const q of qs) {
      const r = await pf.search(q);
      const data = await Promise.all(r.results.map((x) => x.data()));
      out.push(data.map((d) => ({ id: d.meta.id!, zh: d.meta.original!, en: d.meta.translation! })));
    }
    return out;
  }, queries);
}

for (const [lang, pick] of [['Chinese', chinesePiece], ['English', englishPiece]] as const) {
  it(`every segment is found by a distinctive piece of its ${lang} (${segments.length} segments)`, async () => {
    expect(segments.length).toBeGreaterThan(100);
    const pieces = segments.map(pick);
    const answers = await runAll(pieces.map((p) => pagefindQuery(parseQuery(p.q))));
    const misses: string[] = [];
    let duplicates = 0;
    segments.forEach((s, i) => {
      const q = parseQuery(pieces[i]!.q);
      const shown = answers[i]!.filter((r) => matchLanguage(q, r.zh, r.en) !== null).map((r) => r.id);
      const rank = shown.indexOf(s.id);
      if (!pieces[i]!.unique) duplicates++;
      if (rank < 0 || (pieces[i]!.unique && rank > 2)) misses.push(`${s.id}: ${pieces[i]!.q} → rank ${rank} of ${shown.length}`);
    });
    expect(misses).toEqual([]);
    // Only segments whose whole text repeats another's may lack a distinctive piece.
    expect(duplicates).toBeLessThan(15);
  });
}
