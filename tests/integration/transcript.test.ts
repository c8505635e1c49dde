import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { comparable } from '../../src/lib/text';
import { expectations, loadExport, loadPage, slugs } from '../support/dist';
import { ORIGINAL, PILCROW, SPEAKER, TRANSLATION } from '../support/segment-parts';

const speakerIds = (parse(readFileSync(join(process.cwd(), 'content/data/speakers.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id);

describe.each(slugs)('transcript %s', (slug) => {
  const data = loadExport(slug);
  const exp = expectations(slug);

  // The seed this transcript publishes: every sentence stays on the site verbatim (checked where an expectations file names it).
  describe.skipIf(!exp)(`the seed text, whole${exp ? '' : ' (skipped: no tests/fixtures/expectations file names a seed)'}`, () => {
    const seed = exp ? readFileSync(exp.seed, 'utf8') : '';
    const seedSentences = seed.split(/(?<=[。!?!?])|\n/).map((x) => x.trim()).filter((x) => comparable(x).length > 0);
    const shared = exp ? join(process.cwd(), exp.sharedSeed) : '';

    // CI and developers have shared/ beside the repo; a bare clone has only the fixture copy.
    it.skipIf(!existsSync(shared))(`the fixture copy is the shared seed, unchanged${existsSync(shared) ? '' : ' (skipped: ../shared/seed is not beside this clone)'}`, () => {
      expect(readFileSync(shared, 'utf8')).toBe(seed);
    });

    it('the JSON export carries every character of the seed, in order (compared without punctuation and spaces)', () => {
      const published = comparable(data.segments.map((s) => s.text['zh-Hant']).join(''));
      expect(published).toBe(comparable(seed));
    });

    it('the English transcript page shows every seed sentence in its Chinese column', () => {
      const $ = loadPage(`transcripts/${slug}/`);
      const zhColumn = comparable($(`.transcript ${ORIGINAL}`).map((_, el) => $(el).text()).get().join(''));
      expect(zhColumn).toBe(comparable(seed));
      const missing = seedSentences.filter((x) => !zhColumn.includes(comparable(x)));
      expect(missing).toEqual([]);
      expect(seedSentences.length).toBeGreaterThan(exp!.minSeedSentences);
    });

    it('the Chinese-interface transcript page shows the same text', () => {
      const $ = loadPage(`zh-hant/transcripts/${slug}/`);
      expect(comparable($(`.transcript ${ORIGINAL}`).text())).toBe(comparable(seed));
    });

    it('each lost list in the seed (a line ending in a colon with nothing after it) carries an editorial note', () => {
      for (const tail of exp!.lostListTails) {
        const seg = data.segments.find((s) => s.text['zh-Hant'].endsWith(tail));
        expect(seg, tail).toBeDefined();
        expect(seg!.annotations.some((a) => a.kind === 'editorial'), seg!.id).toBe(true);
      }
    });
  });

  describe('segments', () => {
    it('ids are unique, lowercase kebab-case and meaningful (not numbered)', () => {
      const ids = data.segments.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) {
        expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        expect(id).not.toMatch(/^(q|s|seg|segment)-?\d+$/);
      }
    });

    it('every segment has both languages, a speaker and a permalink', () => {
      for (const s of data.segments) {
        expect(s.text['zh-Hant'].trim(), s.id).not.toBe('');
        expect(s.text.en.trim(), s.id).not.toBe('');
        expect(s.text.en, s.id).not.toMatch(/[\u4e00-\u9fff]{6,}/); // the English is not left untranslated
        expect(speakerIds).toContain(s.speaker);
        expect(s.permalink).toBe(`/transcripts/${slug}/${s.id}/`);
      }
    });

    it('on the page, each segment is an anchor with a ¶ mark, a speaker, and each text in its language (its own lang, or the page\'s)', () => {
      for (const prefix of ['', 'zh-hant/']) {
        const $ = loadPage(`${prefix}transcripts/${slug}/`);
        const langOf = (sel: string) => $(sel).closest('[lang]').attr('lang');
        for (const s of data.segments) {
          const at = `${prefix}#${s.id}`;
          expect($(`article#${s.id}`).length, at).toBe(1);
          expect($(`#${s.id}${PILCROW}`).attr('href'), at).toBe(`#${s.id}`);
          expect($(`#${s.id}${PILCROW}`).text(), at).toContain('¶');
          expect($(`#${s.id}${SPEAKER}`).text().trim(), at).not.toBe('');
          expect(langOf(`#${s.id}${ORIGINAL}`), at).toBe('zh-Hant');
          expect(langOf(`#${s.id}${TRANSLATION}`), at).toBe('en');
          expect($(`#${s.id}${ORIGINAL}`).text(), at).toBe(s.text['zh-Hant']);
          expect($(`#${s.id}${TRANSLATION}`).text(), at).toBe(s.text.en);
        }
      }
    });

    it('the page language is the interface language, separate from the content languages', () => {
      expect(loadPage(`transcripts/${slug}/`)('html').attr('lang')).toBe('en');
      expect(loadPage(`zh-hant/transcripts/${slug}/`)('html').attr('lang')).toBe('zh-Hant');
    });

    it('every Chinese character on the page sits inside an element marked zh-Hant', () => {
      const $ = loadPage(`transcripts/${slug}/`);
      const strays: string[] = [];
      $('main *').contents().each((_, node) => {
        if (node.type !== 'text' || !/[\u4e00-\u9fff]/.test(node.data)) return;
        if ($(node.parent!).closest('pre, code').length) return; // code (BibTeX, RIS, JSON): no natural language
        const lang = $(node.parent!).closest('[lang]').attr('lang');
        if (lang !== 'zh-Hant') strays.push(node.data.trim().slice(0, 20));
      });
      expect(strays).toEqual([]);
    });

    it('sections are navigable from a table of contents', () => {
      const $ = loadPage(`transcripts/${slug}/`);
      const tocTargets = $('nav.toc a').map((_, a) => $(a).attr('href')).get();
      expect(tocTargets.length).toBeGreaterThanOrEqual(5);
      for (const href of tocTargets) expect($(href!).length, href).toBe(1);
    });
  });

  describe('home', () => {
    it('the home page lists the transcript with its date, event and segment count', () => {
      const $ = loadPage('/');
      const meta = JSON.parse(readFileSync(`dist/transcripts/${slug}.json`, 'utf8')) as { date: string; event: { name: string } };
      const card = $(`.card:has(a[href="/transcripts/${slug}/"])`).text();
      expect(card).toContain(meta.date);
      expect(card).toContain(meta.event.name);
      expect(card).toContain(`${data.segments.length} segments`);
    });
  });
});

describe('about and 404', () => {
  it('the About page says the English is our translation of a Chinese report, not Musk’s verbatim words', () => {
    const text = loadPage('about/')('main').text();
    expect(text).toMatch(/our translation of the Chinese report/i);
    expect(text).toMatch(/not Musk.s own English/i);
    expect(loadPage('zh-hant/about/')('main').text()).toContain('不是馬斯克本人的英文原話');
  });

  it('the prose pages write apostrophes as the transcript and the notes do (straight, as written)', () => {
    // Markdown's typographer would curl them on the pages written in Markdown only.
    for (const page of ['about/', ...slugs.map((slug) => `transcripts/${slug}/`)]) {
      const text = loadPage(page)('main').text();
      expect(text.match(/\p{L}'\p{L}/gu)?.length ?? 0, page).toBeGreaterThan(5);
      expect(text.match(/\p{L}’\p{L}/gu) ?? [], page).toEqual([]);
    }
  });

  it('there is a 404 page in both languages', () => {
    const text = loadPage('404.html')('main').text();
    expect(text).toContain('Page not found');
    expect(text).toContain('此網址沒有頁面');
  });
});
