import { describe, expect, it } from 'vitest';
import { byTag, isSpaceless, langUnless, nameIn, ownName, pairNames, pairNamesIn, roleForInterface, scriptOf } from '../../src/lib/languages';
import { pairOfNames } from '../../src/lib/cite-strings';
import { ui } from '../../src/lib/i18n';
import { textLabels } from '../../src/lib/export';
import { buildRecord, bundleDir, indexLanguageOf, INDEX_LANGUAGE, type SearchDoc } from '../../src/lib/search/records';
import { cjkGrams } from '../../src/lib/search/cjk';
import { findTerm, matchLanguage, parseQuery } from '../../src/lib/search/query';

const zhEn = { originalLanguage: 'zh-Hant', translationLanguage: 'en' };
const esEn = { originalLanguage: 'es', translationLanguage: 'en' };
const jaEn = { originalLanguage: 'ja', translationLanguage: 'en' };

describe('language names', () => {
  it('names each reading mode in its own language, the bare language unless the pair shares it', () => {
    expect(pairNames(zhEn)).toEqual({ original: '中文', translation: 'English' });
    expect(pairNames(jaEn)).toEqual({ original: '日本語', translation: 'English' });
    expect(pairNames(esEn)).toEqual({ original: 'Español', translation: 'English' });
    expect(pairNames({ originalLanguage: 'zh-Hant', translationLanguage: 'zh-Hans' })).toEqual({ original: '繁體中文', translation: '简体中文' });
  });
  it('falls back to the tag when Intl cannot name it', () => {
    expect(ownName('x-private')).toBe('x-private');
    expect(ownName('qaa')).toBe('qaa');
  });
  it('names a pair in an interface language, for the labels that say whose words a text is', () => {
    expect(pairNamesIn(zhEn, 'en')).toEqual({ original: 'Chinese', translation: 'English' });
    expect(pairNamesIn(zhEn, 'zh-Hant')).toEqual({ original: '中文', translation: '英文' });
    expect(pairNamesIn(esEn, 'zh-Hant')).toEqual({ original: '西班牙文', translation: '英文' });
    expect(nameIn('ja', 'en')).toBe('Japanese');
  });
  it('pairs two Chinese language names the way Chinese does', () => {
    expect(pairOfNames({ original: '中文', translation: '英文' })).toBe('中英對照');
    expect(pairOfNames({ original: '西班牙文', translation: '英文' })).toBe('西英對照');
    expect(pairOfNames({ original: '日本語', translation: '英文' })).toBe('日本語與英文對照');
  });
});

describe('the corrections log names the texts of the transcript it corrects', () => {
  it('in each interface, unchanged for the published pair', () => {
    const [en, zh] = [ui.en.corrections, ui['zh-Hant'].corrections];
    expect([en.field('original', pairNamesIn(zhEn, 'en')), en.field('translation', pairNamesIn(zhEn, 'en'))]).toEqual(['Original text (Chinese)', 'English translation']);
    expect([zh.field('original', pairNamesIn(zhEn, 'zh-Hant')), zh.field('translation', pairNamesIn(zhEn, 'zh-Hant'))]).toEqual(['原文（中文）', '英譯']);
    expect(en.field('original', pairNamesIn(esEn, 'en'))).toBe('Original text (Spanish)');
    expect(zh.field('original', pairNamesIn(esEn, 'zh-Hant'))).toBe('原文（西班牙文）');
    expect(zh.field('translation', pairNamesIn({ originalLanguage: 'en', translationLanguage: 'zh-Hant' }, 'zh-Hant'))).toBe('中譯');
    expect(en.field('verdict', pairNamesIn(esEn, 'en'))).toBe('Verdict');
  });
});

describe('scripts', () => {
  it('tells the languages written without spaces by their script', () => {
    expect([scriptOf('zh-Hant'), scriptOf('ja'), scriptOf('es'), scriptOf('zh')]).toEqual(['Hant', 'Jpan', 'Latn', 'Hans']);
    expect(['zh-Hant', 'zh-Hans', 'zh', 'ja', 'yue'].every(isSpaceless)).toBe(true);
    expect(['en', 'es', 'ko', 'ar', 'ru', 'x-private'].some(isSpaceless)).toBe(false);
  });
  it('expands kana like Han characters, so any part of a Japanese text is findable', () => {
    expect(cjkGrams('絶やさない')).toEqual(expect.arrayContaining(['さな', 'な', '絶や']));
    expect(parseQuery('さな').terms).toEqual([{ kind: 'cjk', text: 'さな' }]);
  });
});

describe('the interface and the pair', () => {
  it('shows the text in the interface language where it has room for one, else the translation', () => {
    expect([roleForInterface(zhEn, 'en'), roleForInterface(zhEn, 'zh-Hant')]).toEqual(['translation', 'original']);
    expect([roleForInterface(esEn, 'en'), roleForInterface(esEn, 'zh-Hant')]).toEqual(['translation', 'translation']);
    expect(roleForInterface({ originalLanguage: 'en', translationLanguage: 'zh-Hant' }, 'en')).toBe('original');
  });
});

describe('the JSON export keys texts by tag', () => {
  it('keys by the pair\'s tags and labels each text in words, unchanged for the published pair', () => {
    expect(byTag(esEn, { original: 'hola', translation: 'hello' })).toEqual({ es: 'hola', en: 'hello' });
    expect(textLabels(zhEn)).toEqual({
      'zh-Hant': 'The Chinese report as published, verbatim.',
      en: "Interlinear's English translation of the Chinese report: not the speaker's own words.",
    });
    expect(textLabels(esEn)).toEqual({
      es: 'The Spanish report as published, verbatim.',
      en: "Interlinear's English translation of the Spanish report: not the speaker's own words.",
    });
  });
});

describe('search by language', () => {
  const doc = (languages: [string, string], original: string, translation: string): SearchDoc => ({
    id: 'a', slug: 'x', speaker: 's', speakerName: { en: 'S', 'zh-Hant': 'S' }, section: 'sec', sectionTitle: { en: 'Sec', 'zh-Hant': 'Sec' },
    kind: 'quote', original, translation, languages, verdicts: [],
  });
  it('indexes a pair with a spaceless text in the shared CJK index, and any other pair in its original\'s language, in a folder of its own', () => {
    expect(indexLanguageOf(['zh-Hant', 'en'])).toBe(INDEX_LANGUAGE);
    expect(indexLanguageOf(['en', 'ja'])).toBe(INDEX_LANGUAGE);
    expect(indexLanguageOf(['es', 'en'])).toBe('es');
    expect([bundleDir(INDEX_LANGUAGE), bundleDir('es')]).toEqual(['', 'es/']);
    const es = buildRecord(doc(['es', 'en'], 'una panadería nueva', 'a new bakery'));
    expect(es.language).toBe('es');
    expect(es.content).toBe('una panadería nueva\na new bakery\n');
    const ja = buildRecord(doc(['ja', 'en'], '登り窯', 'a climbing kiln'));
    expect(ja.language).toBe(INDEX_LANGUAGE);
    expect(ja.content.split(/\s/u)).toEqual(expect.arrayContaining(['登り', 'り窯']));
    expect(ja.meta).toMatchObject({ originalLang: 'ja', translationLang: 'en' });
  });
  it('counts a word sharing all but its last letters as found (Pagefind\'s stems), never a short prefix', () => {
    expect(findTerm('una panadería nueva', { kind: 'word', text: 'panaderías' })).toEqual([{ start: 4, end: 13 }]);
    expect(findTerm('x marks', { kind: 'word', text: 'xyzzy' })).toEqual([]);
    expect(findTerm('the bakery', { kind: 'word', text: 'bake' })).toEqual([{ start: 4, end: 10 }]);
  });
  it('keeps a match to the original or to the translation', () => {
    const q = parseQuery('panaderías');
    expect(matchLanguage(q, 'una panadería nueva', 'a new bakery')).toBe('original');
    expect(matchLanguage(q, 'una panadería nueva', 'a new bakery', 'translation')).toBeNull();
    // A CJK query tries the spaceless text first, whichever role it has.
    expect(matchLanguage(parseQuery('窯'), 'a kiln 窯', '登り窯', undefined, 'translation')).toBe('translation');
  });
});

describe('lang is written only where the language changes', () => {
  it('omits the tag an element inherits, keeps any other (tags compared as written)', () => {
    expect(langUnless('en', 'en')).toBeUndefined();
    expect(langUnless('zh-Hant', 'zh-Hant')).toBeUndefined();
    expect(langUnless('zh-Hant', 'en')).toBe('zh-Hant');
    expect(langUnless('en', 'zh-Hant')).toBe('en');
    expect(langUnless('ja', 'zh-Hant')).toBe('ja');
  });
});
