import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PSEUDO_LINE, pseudoLocalize, pseudoText, withPseudoLocale } from '../fixtures/pseudo-locale';
import { ui } from '../../src/lib/i18n';

describe('the pseudo-locale fixture', () => {
  it('accents and brackets English, keeping what is not a letter', () => {
    expect(pseudoText('Transcripts (2)')).toBe('[Ţŕàñšçŕîƥţš (2)]');
  });

  it('pseudo-localizes every string of the English strings, functions included, but not the punctuation', () => {
    const xa = pseudoLocalize(ui.en);
    expect(xa.navHome).toBe(pseudoText(ui.en.navHome));
    expect(xa.segmentsCount(3)).toBe(pseudoText(ui.en.segmentsCount(3)));
    expect(xa.search.none('q')).toBe(pseudoText(ui.en.search.none('q')));
    expect(xa.punct).toEqual(ui.en.punct);
  });

  it('adds its one line after the last language of src/lib/locales.ts', () => {
    const before = readFileSync('src/lib/locales.ts', 'utf8');
    const after = withPseudoLocale(before);
    const added = after.split('\n').filter((l) => !before.split('\n').includes(l));
    expect(added).toEqual([PSEUDO_LINE]);
    expect(after.indexOf(PSEUDO_LINE)).toBeGreaterThan(after.indexOf("{ tag: 'zh-Hant'"));
    expect(after.indexOf(PSEUDO_LINE)).toBeLessThan(after.indexOf('] as const;'));
  });
});
