import { describe, expect, it } from 'vitest';
import { clock, passageCitations, passageItem, passageLocator, type PassageCiteData, type Passage } from '../../src/lib/passage-cite';

// Fictional data (no real person's words): the shape passages.json has.
const data: PassageCiteData = {
  common: { 'container-title': '虛構訪談 [A fictional interview] (report by 某記者, 某報)', 'event-title': 'Example Forum', 'event-place': 'Nowhere', genre: 'Interview, as reported by 某記者, 某報, https://example.org/r', publisher: 'Interlinear', language: 'zh-Hant', issued: { 'date-parts': [[2025, 7, 26]] }, translator: [{ literal: 'Interlinear' }] },
  transcriptTitle: '虛構訪談 [A fictional interview]',
  event: 'Example Forum',
  sourceReport: '某記者, 某報, https://example.org/r',
  authors: [{ literal: '某記者' }, { given: 'Ada', family: 'Example' }],
  speakers: ["某記者 (the report's author)", 'Ada Example'],
  segments: { 'intro-line': 0, 'first-answer': 1, 'second-answer': 1 },
  languageNames: { original: 'Chinese', translation: 'English' },
};
const url = 'https://example.org/transcripts/x/#first-answer:~:text=100%25,-of';

describe('passage citations', () => {
  it('quote the selected words in each language, name every segment, and mark the English as our translation', () => {
    const p: Passage = { url, segments: [{ id: 'first-answer' }, { id: 'second-answer' }], zh: '百分之百', en: '100% & more' };
    const item = passageItem(data, p);
    expect(item.id).toBe('passage-first-answer--second-answer');
    expect(item.title).toBe('百分之百 [English translation by Interlinear of a Chinese report: 100% & more]');
    expect(item.author).toEqual([{ given: 'Ada', family: 'Example' }]);
    const f = passageCitations(item, p);
    for (const [name, text] of Object.entries(f)) {
      expect(text, name).toContain('百分之百');
      expect(text, name).toContain('first-answer, second-answer');
      expect(text, name).toContain(url);
    }
    expect(f.apa).toMatch(/^Example, A\. \(2025, July 26\)\. 百分之百 \[English translation/);
    expect(f.mla).toMatch(/^Example, Ada\. “百分之百/);
    expect(f.chicago).toContain('Interlinear, July 26, 2025.');
    // BibTeX: LaTeX's specials escaped in text, not in the URL; the month a macro; no publisher in @misc.
    expect(f.bibtex).toContain('100\\% \\& more');
    expect(f.bibtex).toContain(`url = {${url}}`);
    expect(f.bibtex).toMatch(/^\tmonth = jul,$/m);
    expect(f.bibtex).not.toMatch(/^\tpublisher/m);
    expect(f.ris).toMatch(/^TY {2}- GEN\nAU {2}- Example, Ada\nDA {2}- 2025\/07\/26\//);
    expect(JSON.parse(f.csljson)).toEqual([item]);
    expect(item.note).toMatch(/the English is Interlinear's translation of a Chinese report, not the speaker's own words/);
  });

  it('English only: the title says it is our translation, and no Chinese is quoted', () => {
    const item = passageItem(data, { url, segments: [{ id: 'intro-line' }], en: 'Only English' });
    expect(item.title).toBe('[English translation by Interlinear of a Chinese report: Only English]');
    expect(item.author).toEqual([{ literal: '某記者' }]);
  });

  it('carry the time in the recording when the first segment has one', () => {
    const p: Passage = { url, segments: [{ id: 'first-answer', start: 3725.4 }], zh: '百分之百' };
    expect(clock(3725.4)).toBe('1:02:05');
    expect(passageLocator(p)).toBe('segment first-answer; recording at 1:02:05');
    const f = passageCitations(passageItem(data, p), p);
    for (const [name, text] of Object.entries(f)) expect(text, name).toContain('recording at 1:02:05');
  });
});
