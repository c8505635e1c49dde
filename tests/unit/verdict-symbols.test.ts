/**
 * A verdict badge's symbol is drawn by the stylesheet from the badge's class (src/components/VerdictBadge.astro):
 * global.css must draw, for every verdict, the symbol src/lib/verdicts.ts gives it and a space (the search page's
 * verdict filter shows that one), silent for screen readers.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { verdictInfo } from '../../src/lib/verdicts';

const css = readFileSync('src/styles/global.css', 'utf8');

test('global.css draws each verdict’s symbol on its badge, with empty alternative text', () => {
  const drawn = Object.fromEntries([...css.matchAll(/\.badge\.v-([a-z-]+)::before \{ content: "([^"]*)"; content: "([^"]*)" \/ ""; \}/g)].map((m) => [m[1], [m[2], m[3]]]));
  expect(drawn).toEqual(Object.fromEntries(Object.entries(verdictInfo).map(([v, info]) => [v, [`${info.symbol} `, `${info.symbol} `]])));
});
