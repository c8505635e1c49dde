import { describe, expect, it } from 'vitest';
import { cjkGrams, cjkRuns, MAX_QUERY_PAIRS, queryGrams } from '../../src/lib/search/cjk.ts';
import { buildRecord, NO_VERDICT, NOTE_KIND, noteTexts, type SearchDoc } from '../../src/lib/search/records.ts';
import { loadFailure, searchStrings } from '../../src/lib/search-strings';
import { findTerm, highlight, matchLanguage, normalize, pagefindQuery, parseQuery, suggestions } from '../../src/lib/search/query.ts';
import { textDirective } from '../../src/lib/search/fragment.ts';

const zh = '這不是進步,這就像一場“超音速海嘯”。';
const en = 'This isn’t progress — it’s like a “supersonic tsunami”.';

describe('Chinese n-grams', () => {
  it('splits Han runs at punctuation, Latin and digits', () => {
    expect(cjkRuns('Optimus 月產一萬台,31.4 GWh 儲能')).toEqual(['月產一萬台', '儲能']);
  });
  it('indexes every character and every adjacent pair, once', () => {
    expect(cjkGrams('海嘯海嘯')).toEqual(['海', '海嘯', '嘯', '嘯海']);
    expect(cjkGrams('變壓器')).toContain('壓器');
    expect(cjkGrams('變壓器')).toContain('器');
    expect(cjkGrams('AI 與 X')).toEqual(['與']);
  });
  it('asks a single character alone and a longer run as its pairs', () => {
    expect(queryGrams('嘯')).toEqual(['嘯']);
    expect(queryGrams('壓器')).toEqual(['壓器']);
    expect(queryGrams('超音速海嘯')).toEqual(['超音', '速海', '海嘯']);
    expect(queryGrams('音速海嘯')).toEqual(['音速', '海嘯']);
  });
  it('asks a long run as at most MAX_QUERY_PAIRS of its pairs, spread from the first to the last', () => {
    const run = '關注點應從短期銷量轉向長期結構價值';
    expect(MAX_QUERY_PAIRS).toBe(4);
    expect(queryGrams(run)).toEqual(['關注', '期銷', '向長', '價值']);
    expect(queryGrams('一二三四五六七八九')).toEqual(['一二', '三四', '七八', '八九']);
    const grams = new Set(cjkGrams(run));
    for (let n = 2; n <= [...run].length; n++) {
      const piece = [...run].slice(0, n).join('');
      const asked = queryGrams(piece);
      expect(asked.length, piece).toBeLessThanOrEqual(MAX_QUERY_PAIRS);
      for (const g of asked) expect(grams.has(g), `${piece}: ${g}`).toBe(true);
      expect(asked[0]).toBe([...piece].slice(0, 2).join(''));
      expect(asked.at(-1)).toBe([...piece].slice(-2).join(''));
    }
  });
  it('every pair of any substring is among the indexed grams', () => {
    const grams = new Set(cjkGrams(zh));
    const chars = [...zh];
    for (let i = 0; i < chars.length; i++)
      for (let j = i + 1; j <= chars.length; j++)
        for (const run of cjkRuns(chars.slice(i, j).join(''))) for (const g of queryGrams(run)) expect(grams.has(g)).toBe(true);
  });
});

describe('query parsing', () => {
  it('normalises full-width ASCII and spaces', () => {
    expect(normalize('  ３１.４\u3000ＧＷｈ ')).toBe('31.4 GWh');
  });
  it('separates Chinese runs from words inside one token', () => {
    expect(parseQuery('Optimus月產').terms).toEqual([{ kind: 'word', text: 'Optimus' }, { kind: 'cjk', text: '月產' }]);
  });
  it('keeps quoted English phrases and turns quoted Chinese into a run', () => {
    expect(parseQuery('"supersonic tsunami"').terms).toEqual([{ kind: 'phrase', text: 'supersonic tsunami' }]);
    expect(parseQuery('「超音速海嘯」').terms).toEqual([{ kind: 'cjk', text: '超音速海嘯' }]);
  });
  it('builds the Pagefind query from characters, pairs, words and phrases', () => {
    expect(pagefindQuery(parseQuery('31.4 GWh'))).toBe('31.4 GWh');
    expect(pagefindQuery(parseQuery('Optimus 月產一萬'))).toBe('Optimus 月產 一萬');
    expect(pagefindQuery(parseQuery('"supersonic tsunami"'))).toBe('"supersonic tsunami"');
    expect(pagefindQuery(parseQuery('"Optimus 月產"'))).toBe('Optimus 月產');
    expect(pagefindQuery(parseQuery('  ，。 '))).toBe('');
  });
});

describe('checking a candidate against its texts', () => {
  it('requires Chinese in order, not just its pairs somewhere', () => {
    expect(matchLanguage(parseQuery('音速海嘯'), zh, en)).toBe('original');
    expect(matchLanguage(parseQuery('海嘯音速'), zh, en)).toBeNull();
    expect(matchLanguage(parseQuery('嘯'), zh, en)).toBe('original');
  });
  it('finds words by prefix at a word start, in either language', () => {
    expect(matchLanguage(parseQuery('tsunami'), zh, en)).toBe('translation');
    expect(matchLanguage(parseQuery('Supersonic'), zh, en)).toBe('translation');
    expect(matchLanguage(parseQuery('unami'), zh, en)).toBeNull();
    expect(matchLanguage(parseQuery('xyzzy'), zh, en)).toBeNull();
  });
  it('matches a mixed query within the segment and honours a language filter', () => {
    expect(matchLanguage(parseQuery('tsunami 海嘯'), zh, en)).not.toBeNull();
    expect(matchLanguage(parseQuery('tsunami'), zh, en, 'original')).toBeNull();
    expect(matchLanguage(parseQuery('海嘯'), zh, en, 'original')).toBe('original');
  });
  it('matches quoted phrases in order only', () => {
    expect(matchLanguage(parseQuery('"supersonic tsunami"'), zh, en)).toBe('translation');
    expect(matchLanguage(parseQuery('"tsunami supersonic"'), zh, en)).toBeNull();
  });
});

describe('highlighting', () => {
  it('marks each match, whole words for word prefixes, as text pieces', () => {
    expect(highlight(en, parseQuery('super'))).toEqual([
      { text: 'This isn’t progress — it’s like a “', mark: false },
      { text: 'supersonic', mark: true },
      { text: ' tsunami”.', mark: false },
    ]);
    expect(highlight(zh, parseQuery('嘯')).filter((p) => p.mark).map((p) => p.text)).toEqual(['嘯']);
  });
  it('merges overlapping matches', () => {
    expect(highlight('變壓器', parseQuery('變壓 壓器')).filter((p) => p.mark).map((p) => p.text)).toEqual(['變壓器']);
  });
  it('never interprets markup in the text', () => {
    expect(highlight('<b>AI</b>', parseQuery('AI')).map((p) => p.text).join('')).toBe('<b>AI</b>');
  });
  it('finds substrings case-insensitively', () => {
    expect(findTerm('31.4 GWh', { kind: 'word', text: 'gwh' })).toEqual([{ start: 5, end: 8 }]);
  });
});

describe('text fragment for landing on the words', () => {
  it('widens a Chinese match to whole words with context', () => {
    const d = textDirective(zh, zh.indexOf('嘯'), zh.indexOf('嘯') + 1, 'zh-Hant');
    expect(decodeURIComponent(d.replace(':~:text=', ''))).toMatch(/海嘯/u);
    expect(d.startsWith(':~:text=')).toBe(true);
  });
  it('takes enough context around the words to be unique', () => {
    const d = textDirective(en, en.indexOf('tsunami'), en.indexOf('tsunami') + 7, 'en');
    const [pre, word, post] = d.replace(':~:text=', '').split(',').map(decodeURIComponent);
    expect(word).toBe('tsunami');
    expect(pre!.length).toBeGreaterThanOrEqual(20);
    expect(en).toContain(`${pre!.slice(0, -1)} `);
    expect(post).toBe('-”.');
  });
  it('leaves out a prefix of punctuation alone (a quote mark would make the browser try every quote on the page first)', () => {
    const quote = '“我寧願參與,也不願當觀眾。”';
    const d = textDirective(quote, 1, 6, 'zh-Hant');
    expect(decodeURIComponent(d)).toBe(':~:text=我寧願參與,-,也不願當觀眾。”');
    expect(d).not.toContain('%E2%80%9C-,');
  });
  it('escapes the characters that delimit the directive', () => {
    const d = textDirective('a well-known, dash', 2, 12, 'en', 0);
    expect(d).toBe(':~:text=well%2Dknown');
  });
});

describe('records', () => {
  const doc: SearchDoc = {
    id: 'supersonic-tsunami', slug: 'x', speaker: 'elon-musk', speakerName: { en: 'Elon Musk', 'zh-Hant': '馬斯克' },
    section: 'compute', sectionTitle: { en: 'Compute', 'zh-Hant': '算力' }, kind: 'quote', original: zh, translation: en, languages: ['zh-Hant', 'en'], verdicts: [],
  };
  it('one record per segment: anchor URL, one language, per-segment filters and both texts in meta', () => {
    const r = buildRecord(doc);
    expect(r.url).toBe('/transcripts/x/#supersonic-tsunami');
    expect(r.language).toBe('zh-hant');
    expect(r.filters).toEqual({ speaker: ['elon-musk'], section: ['compute'], verdict: [NO_VERDICT], kind: ['quote'], transcript: ['x'] });
    expect(r.meta.original).toBe(zh);
    expect(r.meta.translation).toBe(en);
    expect([r.meta.originalLang, r.meta.translationLang]).toEqual(['zh-Hant', 'en']);
    expect(r.content.startsWith(`${zh}\n${en}\n`)).toBe(true);
    expect(r.content.split(/\s/u)).toContain('嘯');
  });
  it('one record per note, linking to the note, its texts in the content without n-grams, read back as they were', () => {
    const note: SearchDoc = { ...doc, id: 'supersonic-tsunami-check', note: { kind: 'fact-check', segment: 'supersonic-tsunami' }, transcript: { en: 'Short', 'zh-Hant': '短名' }, original: '第一行\n第二行', translation: 'Line one\n  line two', verdicts: ['accurate'] };
    const r = buildRecord(note);
    expect(r.url).toBe('/transcripts/x/#note-supersonic-tsunami-check');
    expect(r.meta).toMatchObject({ kind: NOTE_KIND, noteKind: 'fact-check', segment: 'supersonic-tsunami', transcriptEn: 'Short', transcriptZh: '短名', original: '', translation: '' });
    expect(r.filters).toMatchObject({ kind: [NOTE_KIND], verdict: ['accurate'] });
    // Pagefind hands the content back with word breaks (U+200B) inserted: they are taken out again.
    const stored = r.content.replace(/(\S)/gu, '$1\u200B');
    expect(noteTexts(stored)).toEqual({ original: '第一行 第二行', translation: 'Line one line two' });
    expect(r.content).not.toContain('第一 ');
  });
  it('suggests parts of a query that found nothing', () => {
    expect(suggestions(parseQuery('超音速海嘯 tsunami'))).toEqual(expect.arrayContaining(['超音速海嘯', 'tsunami', '超音', '海嘯']));
  });
});

describe('when the index cannot be loaded', () => {
  it('the dev server says that search needs a build, not that the connection failed', () => {
    for (const t of Object.values(searchStrings)) {
      expect(loadFailure(t, true)).toBe(t.needsBuild);
      expect(loadFailure(t, false)).toBe(t.failed);
    }
    expect(loadFailure(searchStrings.en, true)).toMatch(/needs a build.*npm run build/);
    expect(loadFailure(searchStrings.en, true)).not.toMatch(/connection/);
    expect(loadFailure(searchStrings['zh-Hant'], true)).toContain('npm run build');
  });
});
