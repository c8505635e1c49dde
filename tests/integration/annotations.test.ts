import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { distFile, loadPage, slugs } from '../support/dist';
import { transcript, verdicts } from '../support/annotations';
import { ui } from '../../src/lib/i18n';

const site = slugs.map(transcript);

describe.each(site)('transcript $slug', ({ slug, data, annotationDir, contentAnnotations, factChecks, unchecked, exp }) => {
  describe.skipIf(!exp)(`coverage of the research dossier${exp ? '' : ' (skipped: no expectations file for this transcript)'}`, () => {
    const dossierPath = exp ? join(process.cwd(), exp.dossier) : '';
    it('every dossier item is annotated, each once', () => {
      const items = factChecks.map((a) => a.dossierItem).filter((n) => n !== undefined).sort((a, b) => a! - b!);
      expect(items).toEqual(Array.from({ length: exp!.dossierItems }, (_, i) => i + 1));
    });

    it('verdict counts match the dossier', () => {
      const count = (v: string) => factChecks.filter((a) => a.verdict === v).length;
      expect(Object.fromEntries(verdicts.map((v) => [v, count(v)]))).toEqual(exp!.verdictCounts);
    });

    it('every quote or heading of the interviewee has a fact-check with an attribution', () => {
      const said = data.segments.filter((s) => s.speaker === exp!.claimant);
      expect(said.length).toBeGreaterThan(exp!.minClaimantSegments);
      const covered = new Set(data.segments.flatMap((s) => s.annotations.filter((a) => a.kind === 'fact-check' && a.attribution).map(() => s.id)));
      expect(said.filter((s) => !covered.has(s.id)).map((s) => s.id)).toEqual([]);
    });

    it('the counts of notes this transcript was written with', () => {
      expect(contentAnnotations.filter((a) => a.kind !== 'fact-check').length).toBe(exp!.titledNotes);
      expect(unchecked.length).toBe(exp!.uncheckedQuotesAndClaims);
    });

    it.skipIf(!existsSync(dossierPath))(`every cited URL is one the research dossier actually saw${existsSync(dossierPath) ? '' : ' (skipped: ../shared/research/claims.md is not beside this clone)'}`, () => {
      const dossier = readFileSync(dossierPath, 'utf8');
      expect(data.sources.filter((s) => !dossier.includes(s.url)).map((s) => s.url)).toEqual([]);
    });
  });

  describe('the transcript page shows each note in place', () => {
    const $ = loadPage(`transcripts/${slug}/`);
    /** The notes of one kind under `root`: a note says its kind in words, first in its summary. */
    const notesOf = (root: ReturnType<typeof $>, kind: keyof typeof ui.en.note.kind) =>
      root.find('details.note').filter((_, d) => $(d).children('summary').children().first().text() === ui.en.note.kind[kind]);
    it('each fact-check has a verdict badge, a finding and numbered outbound sources', () => {
      const notes = notesOf($.root(), 'fact-check');
      expect(notes.length).toBe(factChecks.length);
      notes.each((_, el) => {
        const n = $(el);
        expect(n.find('summary .badge').text().trim(), n.attr('id')).not.toBe('');
        expect(n.find('ol.sources-list > li').length, n.attr('id')).toBeGreaterThan(0);
        n.find('ol.sources-list a').each((_, a) => {
          expect($(a).attr('href')).toMatch(/^https?:\/\//);
          // Opens in the same tab (no opener to guard), and sends no referrer: the page's policy.
          expect($(a).attr('target')).toBeUndefined();
        });
      });
    });

    it('each fact-check names what it checked in its summary, seen while the note is closed, in the interface language', () => {
      for (const [page, locale] of [[`transcripts/${slug}/`, 'en'], [`zh-hant/transcripts/${slug}/`, 'zh-Hant']] as const) {
        const p = loadPage(page);
        for (const a of factChecks) {
          const gist = p(`#note-${a.id} > summary .note-gist`);
          expect(gist.text(), `${page} ${a.id}`).toContain(a.claim![locale]);
          // Once in the note: the summary holds it, the body does not repeat it.
          expect(p(`#note-${a.id}`).text().split(a.claim![locale]).length - 1, `${page} ${a.id}`).toBe(1);
          // In the page's own language (the note is in the interface language, <html lang>).
          expect(gist.closest('[lang]').attr('lang'), `${page} ${a.id}`).toBe(locale);
        }
      }
    });

    it('our Chinese uses full-width punctuation next to Chinese text, in the notes, the data files (the sources’ notes too), the transcript’s header, the About page and between the page’s labels and what follows', () => {
      // Half-width , : ; ? ! or ( ) touching a Han character. The report's words quoted in 「…」 keep its
      // own punctuation, and so does a name as its owner writes it.
      const halfWidth = /\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/u;
      const asWritten = ['鉅亨號(Anue 鉅亨網專欄平台)'];
      const ours = (t: string) => {
        let depth = 0;
        let out = '';
        for (const ch of asWritten.reduce((text, name) => text.split(name).join(''), t)) {
          if (ch === '「') depth += 1;
          else if (ch === '」') depth -= 1;
          else if (depth === 0) out += ch;
        }
        return out;
      };
      /** Every zh-Hant string of a parsed YAML value, with where it is; `covers` excerpts are the report's words, which the build checks are verbatim. */
      const zhStrings = (value: unknown, where: string): [string, string][] =>
        Array.isArray(value) ? value.flatMap((v, i) => zhStrings(v, `${where}[${(v as { id?: string })?.id ?? i}]`))
          : value && typeof value === 'object' ? Object.entries(value).filter(([k]) => k !== 'covers').flatMap(([k, v]) => (k === 'zh-Hant' && typeof v === 'string' ? [[where, v] as [string, string]] : zhStrings(v, `${where}.${k}`)))
          : [];
      const transcriptHeader = readFileSync(join(process.cwd(), 'content/transcripts', `${slug}.mdx`), 'utf8').split(/^---$/m)[1]!;
      const files: [string, unknown][] = [
        ...readdirSync(annotationDir).map((f) => [f, parse(readFileSync(join(annotationDir, f), 'utf8'))] as [string, unknown]),
        ...['predictions.yaml', 'speakers.yaml', 'sources.yaml'].map((f) => [f, parse(readFileSync(join(process.cwd(), 'content/data', f), 'utf8'))] as [string, unknown]),
        [`${slug}.mdx`, parse(transcriptHeader)],
      ];
      // The Chinese About page is prose we write too: each line of its Markdown, link targets set aside.
      const about = readFileSync(join(process.cwd(), 'content/pages/about.zh-Hant.mdx'), 'utf8').replace(/\]\([^)]*\)/g, ']');
      const aboutLines = about.split('\n').map((line, i) => [`about.zh-Hant.mdx:${i + 1}`, line] as [string, string]);
      const checked = [...files.flatMap(([f, data]) => zhStrings(data, f)), ...aboutLines];
      expect(checked.length).toBeGreaterThan(200);
      expect(checked.filter(([, zh]) => halfWidth.test(ours(zh))).map(([where, zh]) => `${where}: ${ours(zh).match(halfWidth)![0]}`)).toEqual([]);
      // The labels of an open fact-check: "Finding:" in English, "結論：" in Chinese.
      const findingLabel = (page: string) => {
        const $ = loadPage(page);
        return $('.note p > strong').filter((_, e) => /^(Finding|結論)/u.test($(e).text())).first().text();
      };
      expect(findingLabel(`transcripts/${slug}/`)).toBe('Finding:');
      expect(findingLabel(`zh-hant/transcripts/${slug}/`)).toBe('結論：');
      // The transcript's source line joins the publisher and the byline with the locale's comma.
      const sourceLine = (page: string, label: string) => {
        const $ = loadPage(page);
        return $('.meta-list dt').filter((_, e) => $(e).text() === label).next('dd').text();
      };
      if (exp) {
        expect(sourceLine(`transcripts/${slug}/`, 'Source report')).toMatch(new RegExp(exp.sourceLine.en, 'u'));
        expect(sourceLine(`zh-hant/transcripts/${slug}/`, '原始報導')).toMatch(new RegExp(exp.sourceLine['zh-Hant'], 'u'));
      }
    });

    it('every other note shows its title while closed, and no two closed notes of one segment read the same', () => {
      const titled = contentAnnotations.filter((a) => a.kind !== 'fact-check') as unknown as { id: string; title: { en: string; 'zh-Hant': string } }[];
      for (const [page, locale] of [[`transcripts/${slug}/`, 'en'], [`zh-hant/transcripts/${slug}/`, 'zh-Hant']] as const) {
        const p = loadPage(page);
        for (const a of titled) {
          expect(p(`#note-${a.id} > summary .note-gist`).text(), `${page} ${a.id}`).toBe(a.title[locale]);
          // A pointer to the note elsewhere on the page is named by the title too.
          p(`.note-pointer a[href="#note-${a.id}"]`).each((_, link) => { expect(p(link).text(), `${page} ${a.id}`).toBe(a.title[locale]); });
        }
        // What a reader sees of a closed note: its summary. The first segment has two context notes.
        p('article.seg').each((_, seg) => {
          const summaries = p(seg).find('details.note > summary').map((_, s) => p(s).text().replace(/\s+/g, ' ').trim()).get();
          expect(new Set(summaries).size, `${page} ${p(seg).attr('id')}: ${summaries.join(' | ')}`).toBe(summaries.length);
        });
      }
      if (exp) expect(notesOf($(`article#${exp.segmentWithTwoContextNotes}`), 'context').length).toBe(2);
    });

    it('a quote or claim that no fact-check covers says so, in the interface language, and no checked one does', () => {
      for (const [page, text] of [[`transcripts/${slug}/`, 'Not fact-checked'], [`zh-hant/transcripts/${slug}/`, '未經查核']] as const) {
        const p = loadPage(page);
        const marked = p('article.seg').filter((_, seg) => p(seg).find('.notes > .not-checked').text().startsWith(text)).map((_, seg) => p(seg).attr('id')).get();
        expect(marked.sort(), page).toEqual([...unchecked].sort());
      }
      // On the segment's own page too.
      expect(loadPage(`transcripts/${slug}/${unchecked[0]}/`)('.not-checked').text()).toContain('Not fact-checked');
    });

    it.skipIf(!exp)('a segment with notes of several kinds shows each kind', () => {
      const seg = $('article#supersonic-tsunami');
      expect(notesOf(seg, 'fact-check').length).toBe(1);
      expect(notesOf(seg, 'translation').length).toBe(1);
      expect(notesOf(seg, 'fact-check').find('summary').text()).toContain('Mostly accurate');
    });

    it.skipIf(!exp)('notes follow the interface language', () => {
      const zh = loadPage(`zh-hant/transcripts/${slug}/`);
      expect(zh('#note-supersonic-tsunami-check summary').text()).toContain('大致正確');
      expect(zh('#note-supersonic-tsunami-check > div').closest('[lang]').attr('lang')).toBe('zh-Hant');
    });
  });

  describe('exports carry the same annotations', () => {
    it('the JSON export has every annotation with both languages and its sources', () => {
      const exported = new Set(data.segments.flatMap((s) => s.annotations.map((a) => a.id)));
      expect([...exported].sort()).toEqual(contentAnnotations.map((a) => a.id).sort());
      const sourceIds = new Set(data.sources.map((s) => s.id));
      for (const s of data.segments) for (const a of s.annotations) {
        expect(a.body.en && a.body['zh-Hant'], a.id).toBeTruthy();
        for (const id of a.sources) expect(sourceIds.has(id), `${a.id} cites ${id}`).toBe(true);
      }
    });

    it('the W3C Web Annotation JSON-LD has the same annotations, anchored by TextQuoteSelector on the segment text', () => {
      const ld = JSON.parse(distFile(`transcripts/${slug}.annotations.jsonld`));
      expect(ld['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(ld.type).toBe('AnnotationCollection');
      const items = ld.first.items as { id: string; motivation: string; target: { selector: { type: string; exact?: string; value?: string }[] }[] }[];
      // One annotation per note, plus one `classifying` annotation per segment a quote's attribution covers.
      expect(items.filter((i) => i.motivation !== 'classifying').map((i) => i.id.split('#note-')[1]).sort()).toEqual(contentAnnotations.map((a) => a.id).sort());
      const attributed = data.segments.flatMap((s) => s.annotations.filter((a) => a.attribution).map((a) => `${s.id}/#note-${a.id}`));
      expect(items.filter((i) => i.motivation === 'classifying').map((i) => i.id.split(`/${slug}/`)[1]).sort()).toEqual(attributed.sort());
      const texts = new Map(data.segments.map((s) => [s.id, s.text]));
      for (const item of items) for (const t of item.target) {
        const id = t.selector.find((s) => s.type === 'FragmentSelector')!.value!;
        const quote = t.selector.find((s) => s.type === 'TextQuoteSelector')!.exact!;
        expect([texts.get(id)!['zh-Hant'], texts.get(id)!.en]).toContain(quote);
      }
    });

    it('each segment page carries schema.org ClaimReview for the fact-checks of its segment, reviewing its Quotation', () => {
      type Node = { '@type': string; '@id'?: string; url: string; reviewRating: { alternateName: string; ratingValue?: number }; itemReviewed: { author: { name: string }; appearance: { '@id': string } } };
      const graphs = new Map(data.segments.map((s) => {
        const $ = loadPage(`transcripts/${slug}/${s.id}/`);
        return [s.id, JSON.parse($('script[type="application/ld+json"]').first().text())['@graph'] as Node[]];
      }));
      const reviews = [...graphs.values()].flat().filter((n) => n['@type'] === 'ClaimReview');
      expect(reviews.length).toBe(factChecks.length);
      expect(new Set(reviews.map((r) => r.url.split('#note-')[1])).size).toBe(factChecks.length);
      if (exp) {
        const tsunami = graphs.get('supersonic-tsunami')!;
        const quotation = tsunami.find((n) => n['@type'] === 'Quotation')!;
        const review = tsunami.find((n) => n['@type'] === 'ClaimReview')!;
        expect(review.itemReviewed.appearance['@id']).toBe(quotation['@id']);
        expect(review.reviewRating).toMatchObject({ alternateName: 'Mostly accurate', ratingValue: 4 });
        expect(review.itemReviewed.author.name).toBe('Elon Musk');
      }
      const opinion = reviews.find((n) => n.reviewRating.alternateName === 'Opinion / forecast')!;
      expect(opinion.reviewRating.ratingValue).toBeUndefined();
      // The long transcript page links to the segment pages rather than repeating the reviews.
      expect(loadPage(`transcripts/${slug}/`)('script[type="application/ld+json"]').length).toBe(0);
    });
  });
});

// Site-wide pages: counts summed over every transcript.
