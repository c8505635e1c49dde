/**
 * Transcripts whose original is not Chinese, through the real build (tests/support/multi-build.ts:
 * fictional Spanish → English and Japanese → English fixtures beside the published Chinese → English
 * transcript): every text carries its own language's `lang` while the page keeps the interface's,
 * the reading modes say the languages' own names, the JSON export keys texts by tag, labels and
 * citations name the right languages, and search stems Spanish words and finds any part of
 * Japanese, in the real Pagefind indexes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { japaneseSlug, builtFiles, multiBuild, spanishSlug, type MultiBuild } from '../support/multi-build';
import { matchLanguage, pagefindQuery, parseQuery } from '../../src/lib/search/query.ts';
import { ORIGINAL, TRANSLATION } from '../support/segment-parts';

const first = 'x-takeover-2025';
let built: MultiBuild;
const { file, page, json } = builtFiles(() => built.dist);

interface Exported {
  originalLanguage: string;
  translation: { language: string; of: string; rule: string };
  sections: { id: string; title: Record<string, string> }[];
  segments: { id: string; text: Record<string, string>; textLabels: Record<string, string> }[];
}

beforeAll(async () => {
  built = await multiBuild();
}, 600_000);

const pairs = [
  { slug: spanishSlug, original: 'es', name: 'Español', zhBoth: '西英對照', english: 'Spanish', chinese: '西班牙文' },
  { slug: japaneseSlug, original: 'ja', name: '日本語', zhBoth: '日英對照', english: 'Japanese', chinese: '日文' },
];

describe.each(pairs)('a transcript with a $english original', ({ slug, original, name, zhBoth, english, chinese }) => {
  it('puts each text in its language (its own lang, or the page\'s it inherits) on the transcript, segment, embed and fact-check pages, under the interface\'s <html lang>', () => {
    const data = json(`transcripts/${slug}.json`) as Exported;
    for (const [prefix, htmlLang] of [['', 'en'], ['zh-hant/', 'zh-Hant']] as const) {
      const $ = page(`${prefix}transcripts/${slug}/`);
      expect($('html').attr('lang')).toBe(htmlLang);
      // Each text is in its language: its own lang, or the page's it inherits.
      expect($(ORIGINAL).map((_, e) => $(e).closest('[lang]').attr('lang')).get()).toEqual(data.segments.map(() => original));
      expect($(TRANSLATION).map((_, e) => $(e).closest('[lang]').attr('lang')).get()).toEqual(data.segments.map(() => 'en'));
      expect($(ORIGINAL).map((_, e) => $(e).text()).get()).toEqual(data.segments.map((s) => s.text[original]));
      expect($('.tsec > h2 > span').map((_, e) => e.attribs.lang).get()).toEqual(data.sections.flatMap(() => [original, 'en']));
      const seg = page(`${prefix}transcripts/${slug}/${data.segments[0]!.id}/`);
      expect(seg('html').attr('lang')).toBe(htmlLang);
      expect(seg(ORIGINAL).closest('[lang]').attr('lang')).toBe(original);
    }
    const card = page(`transcripts/${slug}/${data.segments[0]!.id}/embed/`);
    expect(card(`blockquote[lang="${original}"]`).text()).toBe(data.segments[0]!.text[original]);
    expect(card('blockquote[lang="en"]').text()).toBe(data.segments[0]!.text.en);
    const checked = page('fact-checks/')(`.fc-quote p[lang="${original}"]`).map((_, e) => cheerio.load(e).root().text()).get();
    // The fact-check index quotes the checked claim (Spanish) or lists the quotes not checked (Japanese).
    expect(checked.some((t) => data.segments.some((s) => s.text[original] === t))).toBe(true);
  });

  it('names its reading modes in each language\'s own name, with values by role', () => {
    for (const [prefix, both] of [['', 'Both'], ['zh-hant/', zhBoth]] as const) {
      const $ = page(`${prefix}transcripts/${slug}/`);
      const modes = $('fieldset.switch input[name="mode"]').map((_, i) => ({ value: i.attribs.value, label: $(i).parent().text(), lang: $(i).parent().attr('lang') })).get();
      expect(modes).toEqual([{ value: 'both', label: both, lang: undefined }, { value: 'original', label: name, lang: original }, { value: 'translation', label: 'English', lang: 'en' }]);
    }
    // The published transcript's own names are unchanged: 中文 / English.
    expect(page(`transcripts/${first}/`)('label[lang="zh-Hant"]').first().text()).toBe('中文');
  });

  it('exports its texts keyed by language tag, saying which tag is the original and labelling the translation', () => {
    const data = json(`transcripts/${slug}.json`) as Exported;
    expect(data.originalLanguage).toBe(original);
    expect(data.translation).toMatchObject({ language: 'en', of: original });
    expect(data.translation.rule).toContain(`text.en is Interlinear's English translation of its text.${original}, the ${english} report verbatim`);
    for (const s of data.segments) {
      expect(Object.keys(s.text).sort(), s.id).toEqual(['en', original].sort());
      expect(s.textLabels).toEqual({ [original]: `The ${english} report as published, verbatim.`, en: `Interlinear's English translation of the ${english} report: not the speaker's own words.` });
    }
    for (const sec of data.sections) expect(Object.keys(sec.title).sort()).toEqual(['en', original].sort());
    expect(json(`transcripts/${slug}/passages.json`).languageNames).toEqual({ original: english, translation: 'English' });
    // Web Annotation: each text's target says its language.
    const items = json(`transcripts/${slug}.annotations.jsonld`).first?.items ?? [];
    for (const a of items as { target: { language?: string; selector: unknown }[] }[]) {
      expect(a.target.filter((t) => Array.isArray(t.selector)).map((t) => t.language)).toEqual(expect.arrayContaining([original, 'en']));
    }
  });

  it('says whose words each text is, naming its languages, wherever a quote travels', () => {
    const data = json(`transcripts/${slug}.json`) as Exported;
    const id = data.segments[1]!.id;
    const en = page(`transcripts/${slug}/${id}/`);
    expect(en('.translation-label').text()).toBe(`The ${english} is the report as published; the English is our translation of it, not the speaker's own words.`);
    expect(en('title').text()).toContain(`(our translation of a ${english} report)`);
    expect(page(`zh-hant/transcripts/${slug}/${id}/`)('.translation-label').text()).toBe(`${chinese}為報導原文；英文為本站翻譯，並非說話者原話。`);
    // The segment's citation: the original as the title, the translation marked as ours.
    const csl = en('[data-format="csljson"]').text();
    expect(csl).toContain(`The ${english} is the report verbatim; the English is Interlinear's translation of it`);
    expect(csl).toContain('[English translation by Interlinear:');
    expect(csl).not.toContain('Chinese');
    // The styled citations mark a Japanese quote (its kana) as Japanese, the interface's Chinese title as Chinese.
    expect(en('[data-format="apa"] .cite-text span[lang="zh-Hant"]').map((_, e) => en(e).text()).get().join(' ')).toContain('虛構訪談');
    expect(en('[data-format="apa"] .cite-text span[lang="ja"]').length > 0).toBe(original === 'ja');
  });
});

describe('search over languages', () => {
  /** Pagefind's own browser API, run here without a worker, reading the built indexes (one instance per index folder). */
  async function withPagefind(run: (ask: (q: string) => Promise<{ url: string; original: string; translation: string; kind: string; originalLang: string; translationLang: string }[]>) => Promise<void>) {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string | URL) => new Response(readFileSync(join(built.dist, decodeURIComponent(new URL(String(url)).pathname))))) as typeof fetch;
    try {
      const pagefind = await import(join(built.dist, 'pagefind/pagefind.js'));
      await pagefind.options({ basePath: 'http://127.0.0.1/pagefind/', noWorker: true });
      // The search page lists the other folders; the client searches each as an instance of its own.
      const others = (page('search/')('#search-page-form').attr('data-indexes') ?? '').split(' ').filter(Boolean);
      expect(others).toEqual(['es/']);
      // Each folder's own pagefind.js: one module holds one WebAssembly language.
      const instances = [pagefind];
      for (const dir of others) {
        const other = await import(join(built.dist, `pagefind/${dir}pagefind.js`));
        await other.options({ basePath: `http://127.0.0.1/pagefind/${dir}`, noWorker: true });
        instances.push(other);
      }
      await run(async (q) => {
        const answers = await Promise.all(instances.map((i) => i.search(pagefindQuery(parseQuery(q)))));
        const found = answers.flatMap((a) => a.results as { data: () => Promise<{ url: string; meta: Record<string, string> }> }[]);
        return Promise.all(found.map(async (r) => {
          const d = await r.data();
          const u = new URL(d.url, 'http://127.0.0.1');
          return { url: `${u.pathname}${u.hash}`, original: d.meta.original!, translation: d.meta.translation!, kind: d.meta.kind!, originalLang: d.meta.originalLang!, translationLang: d.meta.translationLang! };
        }));
      });
    } finally {
      globalThis.fetch = realFetch;
    }
  }

  it('indexes a Spanish original in a Spanish index of its own, stemmed, and Japanese in the CJK index', () => {
    expect(JSON.parse(file('pagefind/es/pagefind-entry.json')).languages).toEqual({ es: expect.objectContaining({ wasm: 'es', page_count: 5 }) });
    expect(Object.keys(JSON.parse(file('pagefind/pagefind-entry.json')).languages)).toEqual(['zh-hant']);
  });

  it('finds a Spanish word by its stem (the plural finds the singular), and any part of a Japanese text', async () => {
    await withPagefind(async (ask) => {
      // What the search page shows: Pagefind's candidates that the page's check against the texts keeps.
      const urls = async (q: string) => (await ask(q)).filter((r) => r.kind !== 'note' && matchLanguage(parseQuery(q), r.original, r.translation) !== null).map((r) => r.url);
      // "panaderías" (bakeries) is not in the text; "panadería" (bakery) is: only a stemmer links them.
      expect(await urls('panaderías')).toContain(`/transcripts/${spanishSlug}/#cuarenta-puestos-en-verano`);
      expect(await urls('vendedora')).toContain(`/transcripts/${spanishSlug}/#mercado-nocturno-cierre`);
      // Two kana inside a word (絶やさない: no word starts with さな), and a kanji pair across words.
      const kana = (await ask('さな')).filter((r) => matchLanguage(parseQuery('さな'), r.original, r.translation) !== null);
      expect(kana.map((r) => r.url)).toEqual([`/transcripts/${japaneseSlug}/#kiln-fire-three-days`]);
      const kanji = (await ask('登り窯')).filter((r) => matchLanguage(parseQuery('登り窯'), r.original, r.translation) !== null);
      expect(kanji.map((r) => r.url)).toEqual([`/transcripts/${japaneseSlug}/#new-climbing-kiln-by-spring`]);
      expect(kanji[0]).toMatchObject({ originalLang: 'ja', translationLang: 'en' });
    });
  });

  it('keeps a search to the original or to the translation', async () => {
    await withPagefind(async (ask) => {
      const roles = async (q: string, only?: 'original' | 'translation') =>
        (await ask(q)).filter((r) => r.kind !== 'note').flatMap((r) => { const m = matchLanguage(parseQuery(q), r.original, r.translation, only); return m ? [`${r.url} ${m}`] : []; });
      const bread = `/transcripts/${spanishSlug}/#pan-de-centeno-cada-noche`;
      expect(await roles('centeno')).toEqual([`${bread} original`]);
      expect(await roles('centeno', 'translation')).toEqual([]);
      expect(await roles('rye', 'translation')).toEqual([`${bread} translation`]);
      expect(await roles('rye', 'original')).toEqual([]);
    });
  });
});
