/**
 * Segment and section ids of an import: words of the English text, else of a text in Latin
 * script, else the slug and a number; unique site-wide, the same on every run.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { makeId } from '../../src/lib/import/ids';
import { idRole } from '../../src/lib/import/id-source';
import { importTranscript, type ImportInput } from '../../src/lib/import/import';

const names = { fallback: 'x-1', prefix: 'segment' };
const fixture = (f: string) => ({ file: `tests/fixtures/import-pairs/${f}`, text: readFileSync(`tests/fixtures/import-pairs/${f}`, 'utf8') });
const input = (over: Partial<ImportInput>): ImportInput => ({
  slug: 'river-clay', original: fixture('river-clay.en.txt'), translation: fixture('river-clay.zh-Hant.txt'), originalLang: 'en', translationLang: 'zh-Hant',
  date: '2026-01-31', speakers: [], takenIds: new Set(), ...over,
});
const sectionIds = (mdx: string) => [...mdx.matchAll(/<Section id="([^"]+)"/g)].map((m) => m[1]);

describe('makeId', () => {
  it('takes a few content words of the text, stop-words dropped', () => {
    expect(makeId("Well, I think it's the clay and the water that matter most.", new Set(), names)).toBe('clay-water-matter');
  });
  it('is unique: more words on a clash, then a number', () => {
    const taken = new Set(['clay-water-good-often']);
    expect(makeId('The clay and the water are good, I often say, truly.', taken, names)).toBe('clay-water-good-often-say');
    expect(makeId('The clay and the water are good, I often say, truly.', taken, names)).toBe('clay-water-good-often-say-truly');
    expect(makeId('The clay and the water are good, I often say, truly.', taken, names)).toBe('clay-water-good-often-say-truly-2');
  });
  it('falls back when the text has no content words in Latin script, starts with a letter, and avoids ids the page uses', () => {
    expect(makeId('…', new Set(), names)).toBe('x-1');
    expect(makeId('這裡的河泥很軟', new Set(), names)).toBe('x-1');
    expect(makeId('Yes.', new Set(['x-1']), names)).toBe('x-1-2');
    expect(makeId('2025 was big', new Set(), names)).toBe('segment-2025-big');
    expect(makeId('Main', new Set(), { ...names, allowed: (id) => id !== 'main' })).toBe('main-2');
  });
  it("drops the language's own function words from a text in another Latin-script language", () => {
    expect(makeId('Por la noche el pan sabe esperar.', new Set(), { ...names, lang: 'es' })).toBe('noche-pan-sabe-esperar');
    expect(makeId('Por la noche el pan sabe esperar.', new Set(), names)).toBe('por-la-noche-el');
  });
});

describe('which text ids come from', () => {
  it('the English one, original or translation', () => {
    expect(idRole('zh-Hant', 'en')).toBe('translation');
    expect(idRole('en', 'zh-Hant')).toBe('original');
    expect(idRole('en-GB', 'ja')).toBe('original');
    expect(idRole('es', 'en')).toBe('translation');
  });
  it('else one written in Latin script', () => {
    expect(idRole('es', 'ja')).toBe('original');
    expect(idRole('ja', 'es')).toBe('translation');
    expect(idRole('sr-Latn', 'ru')).toBe('original');
  });
  it('else neither', () => {
    expect(idRole('ja', 'zh-Hant')).toBeUndefined();
    expect(idRole('ru', 'zh-Hans')).toBeUndefined();
  });
});

describe('importing a pair whose translation is not English', () => {
  it('English → Traditional Chinese: ids from the English original; a text without content words is numbered', () => {
    const r = importTranscript(input({}));
    expect(r.segmentIds).toEqual(['fictional-interview-written-import', 'river-clay-soft-fire', 'river-clay-3', 'tell-beginner', 'make-hundred-cups-teapot']);
    expect(sectionIds(r.mdx)).toEqual(['river-clay']);
    expect(r.newSpeakers.map((s) => s.id)).toEqual(['river-clay-narrator', 'mara-quill', 'interviewer']);
  });
  it('Japanese → Traditional Chinese: no text in Latin script, so the slug and a number', () => {
    const r = importTranscript(input({ slug: 'wood-kiln', original: fixture('wood-kiln.ja.srt'), translation: fixture('wood-kiln.zh-Hant.srt'), originalLang: 'ja', titleOriginal: '薪窯', titleTranslation: '柴窯' }));
    expect(r.segmentIds).toEqual(['wood-kiln-1', 'wood-kiln-2', 'wood-kiln-3']);
    expect(sectionIds(r.mdx)).toEqual(['wood-kiln-section-1']);
    // A speaker whose name has no Latin letters is named for the transcript, as its narrator is.
    expect(r.newSpeakers.map((s) => s.id)).toEqual(['wood-kiln-narrator', 'wood-kiln-speaker']);
  });
  it('numbered ids are unique site-wide and stay put on a re-import that keeps the unchanged segments', () => {
    const ja = { slug: 'wood-kiln', original: fixture('wood-kiln.ja.srt'), translation: fixture('wood-kiln.zh-Hant.srt'), originalLang: 'ja' };
    expect(importTranscript(input({ ...ja, takenIds: new Set(['wood-kiln-2']) })).segmentIds).toEqual(['wood-kiln-1', 'wood-kiln-2-2', 'wood-kiln-3']);
    const first = importTranscript(input(ja));
    expect(importTranscript(input(ja)).mdx).toBe(first.mdx);
    // The second segment removed: the others keep their ids (matched by original text), none is renumbered.
    const previous = { sections: [{ id: 'wood-kiln-section-1', original: 'TODO(import): 段落標題' }], segments: first.segmentIds.map((id, i) => ({ id, original: ['これは試験のために書かれた架空の対談です。', '窯の火は三日間燃やし続けます。', '薪は松だけを使います。'][i]! })) };
    const cut = (f: { file: string; text: string }) => ({ ...f, text: f.text.replace(/\n2\n[^]*?\n\n3\n/, '\n3\n') });
    expect(importTranscript(input({ ...ja, original: cut(ja.original), translation: cut(ja.translation), previous })).segmentIds).toEqual(['wood-kiln-1', 'wood-kiln-3']);
  });
});
