import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeText, encodeText } from '../../src/lib/text-elements';
import { importTranscript, type ImportInput } from '../../src/lib/import/import';
import { checkOptions } from '../../src/lib/import/options';
import { checkNewOptions } from '../../src/lib/import/new-options';
import { parseTranscriptBody } from '../../src/lib/transcript-body';
import { verbatimProblems } from '../../src/lib/source-text';
import { formatProblem } from '../../src/lib/import/blocks';
import { writeEmptyTranscript } from '../../src/lib/import/write-mdx';
import { transcriptSchema, sourceDocumentSchema } from '../../src/schemas/transcript';

const example = (f: string) => ({ file: `examples/${f}`, text: readFileSync(`examples/${f}`, 'utf8') });
const base = (over: Partial<ImportInput> = {}): ImportInput => ({
  slug: 'kiln-example', original: example('kiln.zh-Hant.vtt'), translation: example('kiln.en.vtt'), originalLang: 'zh-Hant', translationLang: 'en',
  titleOriginal: '山上的窯', titleTranslation: 'The kiln on the mountain', date: '2026-01-31', speakers: [], takenIds: new Set(), ...over,
});
const bodyOf = (mdx: string) => mdx.replace(/^---[\s\S]*?\n---\n/, '');

describe('any character survives', () => {
  const hostile = 'a < b > c & d { e } "f" 🙂 שלום e\u0301 &amp;';
  it('encodes what MDX reads as syntax, and decodes it back', () => {
    expect(encodeText(hostile)).toBe('a &lt; b &gt; c &amp; d &#123; e &#125; "f" 🙂 שלום e\u0301 &amp;amp;');
    expect(encodeText('say "hi" {x}', true)).toBe('say &quot;hi&quot; &#123;x&#125;');
    expect(decodeText(encodeText(hostile))).toBe(hostile);
    expect(decodeText('\\not an escape &unknownname; &#x1F642;')).toBe('\\not an escape &unknownname; 🙂');
  });
  it('a written transcript reads back with the literal characters', () => {
    const { mdx } = importTranscript(base({ original: { file: 'o.txt', text: `# 標題 "{<&>}"\n\n甲：${hostile}\n` }, translation: { file: 't.txt', text: `# Heading "{<&>}"\n\nA: ${hostile}\n` } }));
    const [section] = parseTranscriptBody(bodyOf(mdx), 'x.mdx');
    expect([section!.original, section!.translation]).toEqual(['標題 "{<&>}"', 'Heading "{<&>}"']);
    expect([section!.segments[0]!.original, section!.segments[0]!.translation]).toEqual([hostile, hostile]);
  });
});

describe('importing the fictional example', () => {
  it('subtitles: segments with start times, speakers from voice spans, ids from the English', () => {
    const r = importTranscript(base());
    expect(r.segmentIds).toEqual(['interview-fictional-example-trying', 'ms-lin-kiln-mountain', 'clay-water-good-often', 'finally-say-young-people', 'take-slowly-israeli-friend']);
    expect(r.newSpeakers.map((s) => [s.id, s.original, s.translation, s.kind])).toEqual([
      ['kiln-example-narrator', 'TODO(import): 敘述者名稱', "TODO(import): the narrator's name", 'narrator'],
      ['chen-chih-ming', '陳志明', 'Chen Chih-ming', 'person'],
      ['lin-ya-ting', '林雅婷', 'Lin Ya-ting', 'person'],
    ]);
    expect(r.mdx).toContain('<Segment id="clay-water-good-often" speaker="lin-ya-ting" kind="quote" start="12">');
    const sections = parseTranscriptBody(bodyOf(r.mdx), 'x.mdx');
    expect(sections[0]!.segments[2]!.start).toBe(12);
  });
  it('text: headings start sections; known speakers are reused, not added', () => {
    const r = importTranscript(base({
      original: example('kiln.zh-Hant.txt'), translation: example('kiln.en.txt'),
      speakers: [{ id: 'lin-ya-ting', name: { en: 'Lin Ya-ting', 'zh-Hant': '林雅婷' }, kind: 'person' }],
    }));
    expect(parseTranscriptBody(bodyOf(r.mdx), 'x.mdx').map((s) => [s.id, s.translation, s.segments.length])).toEqual([
      ['kiln-mountain', 'The kiln on the mountain', 1], ['kiln', 'The kiln', 2], ['students', 'Students', 2],
    ]);
    expect(r.newSpeakers.map((s) => s.id)).toEqual(['kiln-example-narrator', 'chen-chih-ming']);
  });
  it('text: a paragraph without a name is the previous speaker\'s; text before any name is the narrator\'s', () => {
    const r = importTranscript(base({ original: { file: 'o.txt', text: '前言。\n\n甲：一。\n\n二。\n' }, translation: { file: 't.txt', text: 'Preface.\n\nJia: One.\n\nTwo.\n' } }));
    expect(parseTranscriptBody(bodyOf(r.mdx), 'x.mdx')[0]!.segments.map((g) => [g.speaker, g.kind])).toEqual([
      ['kiln-example-narrator', 'narration'], ['jia', 'quote'], ['jia', 'quote'],
    ]);
  });
  it('speaker ids come from the English name, are valid ids, and do not clash', () => {
    const r = importTranscript(base({
      original: { file: 'o.txt', text: '王小明：一。\n\n李四：二。\n\n張三：三。\n' }, translation: { file: 't.txt', text: 'Ω7: One.\n\nLin Ya-ting: Two.\n\n王: Three.\n' },
      speakers: [{ id: 'lin-ya-ting', name: { en: 'Someone else', 'zh-Hant': '別人' }, kind: 'person' }],
    }));
    expect(r.newSpeakers.map((s) => s.id)).toEqual(['speaker-7', 'lin-ya-ting-2', 'kiln-example-speaker']);
  });
  it('is deterministic, and --force keeps the ids of unchanged segments', () => {
    const first = importTranscript(base());
    expect(importTranscript(base()).mdx).toBe(first.mdx);
    const items = parseTranscriptBody(bodyOf(first.mdx), 'x.mdx');
    const previous = { sections: items.map((s) => ({ id: s.id, original: s.original })), segments: items.flatMap((s) => s.segments.map((g) => ({ id: `kept-${g.id}`, original: g.original }))) };
    const edited = base().translation.text.replace('Take it slowly.', 'Slow down.');
    const changedOriginal = base().original.text.replace('最後，您想對年輕人說什麼？', '最後，您想對學生說什麼？');
    const again = importTranscript(base({ previous, original: { file: 'o.vtt', text: changedOriginal }, translation: { file: 't.vtt', text: edited } }));
    expect(again.segmentIds).toEqual(['kept-interview-fictional-example-trying', 'kept-ms-lin-kiln-mountain', 'kept-clay-water-good-often', 'finally-say-young-people', 'kept-take-slowly-israeli-friend']);
  });
  it('mixed formats are refused with one line each', () => {
    expect(() => importTranscript(base({ translation: example('kiln.en.txt') }))).toThrow(/^examples\/kiln\.en\.txt is text but examples\/kiln\.zh-Hant\.vtt is subtitles — give the original and the translation in the same format$/);
  });
});

describe('npm run new', () => {
  const mdx = writeEmptyTranscript('my-interview', 'zh-Hant');
  it('names every frontmatter field, optional ones commented out', () => {
    const frontmatter = mdx.split('\n---\n')[0]!;
    for (const key of [...Object.keys(transcriptSchema.shape), ...Object.keys(sourceDocumentSchema.shape), 'organizer']) {
      expect(frontmatter, key).toMatch(new RegExp(`^\\s*(?:# )?${key}:`, 'm'));
    }
  });
  it('its commented example of each element is a valid transcript once uncommented', () => {
    const example = bodyOf(mdx).trimStart().replace(/^\{\/\*[\s\S]*?(?=<Section)/, '').replace(/\n\s*kind: quote[\s\S]*$/, '');
    const [section] = parseTranscriptBody(example, 'x.mdx');
    expect(section!.segments.map((s) => s.kind)).toEqual(['quote', 'heading']);
    expect(() => parseTranscriptBody(`${bodyOf(mdx)}\n<Section id="s" original="一" translation="One">\n\n<Segment id="a" speaker="b" kind="quote">\n<Original>一</Original>\n<Translation>one</Translation>\n</Segment>\n\n</Section>\n`, 'x.mdx')).not.toThrow();
  });
});

describe('npm run new: the language pair', () => {
  const frontmatterOf = (mdx: string) => mdx.split('\n---\n')[0]!;
  it('starts Traditional Chinese → English unless told otherwise', () => {
    expect(checkNewOptions({}, ['my-interview'])).toEqual({ options: { slug: 'my-interview', originalLang: 'zh-Hant', translationLang: 'en' }, problems: [] });
    expect(frontmatterOf(writeEmptyTranscript('my-interview', 'zh-Hant'))).toMatch(/^originalLanguage: zh-Hant\ntranslationLanguage: en$/m);
  });
  it('takes --original-lang and --translation-lang, and writes them into the template', () => {
    const { options } = checkNewOptions({ 'original-lang': 'en', 'translation-lang': 'zh-Hant' }, ['my-interview']);
    expect(options).toEqual({ slug: 'my-interview', originalLang: 'en', translationLang: 'zh-Hant' });
    const mdx = writeEmptyTranscript(options!.slug, options!.originalLang, options!.translationLang);
    expect(frontmatterOf(mdx)).toMatch(/^originalLanguage: en\ntranslationLanguage: zh-Hant$/m);
    expect(frontmatterOf(mdx)).toMatch(/^  language: en$/m);
    expect(mdx).toContain("This transcript's original is in English (en) and its translation in 中文 (zh-Hant)");
    expect(checkNewOptions({ 'original-lang': 'ja' }, ['my-interview']).options?.translationLang).toBe('en');
  });
  it('checks the tags as the import does, and lists every problem at once', () => {
    expect(checkNewOptions({ 'original-lang': 'japanese', 'translation-lang': 'EN', colour: 'x' }, ['My', 'Interview']).problems.map(formatProblem)).toEqual([
      'npm run new "My Interview" is not one slug — give one, lowercase words joined by hyphens: npm run new -- my-interview',
      'npm run new --original-lang "japanese" is not a language code — write a BCP 47 tag such as zh-Hant, en, ja or es',
      'npm run new --translation-lang "EN" is not written the standard way — write en',
      'npm run new unknown option --colour — usage: npm run new -- my-interview [--original-lang zh-Hant] [--translation-lang en]',
    ]);
    expect(checkNewOptions({ 'original-lang': 'en', 'translation-lang': true }, []).problems.map(formatProblem)).toEqual([
      'npm run new needs a slug — give one, lowercase words joined by hyphens: npm run new -- my-interview',
      'npm run new --translation-lang needs a language — give a BCP 47 tag, e.g. --translation-lang en',
    ]);
    expect(checkNewOptions({ 'original-lang': 'en', 'translation-lang': 'en' }, ['x']).problems.map(formatProblem)).toEqual([
      'npm run new --original-lang and --translation-lang are both "en" — give the language of each text: the translation is in another language than the original',
    ]);
  });
});

describe('the command line', () => {
  it('lists every problem with the flags at once', () => {
    const { problems } = checkOptions({ slug: 'Bad Slug', original: 'a.vtt', 'original-lang': 'spanish', 'translation-lang': 'EN', date: '2026-02-30', colour: 'x' });
    expect(problems.map(formatProblem)).toEqual([
      'npm run import --slug "Bad Slug" is not lowercase words joined by hyphens — use a-z, 0-9 and single hyphens, starting with a letter, e.g. --slug my-interview',
      'npm run import --translation is missing — give the translation in the same format: --translation <file>. The site publishes both texts side by side, so a transcript needs both',
      'npm run import --original-lang "spanish" is not a language code — write a BCP 47 tag such as zh-Hant, en, ja or es',
      'npm run import --translation-lang "EN" is not written the standard way — write en',
      'npm run import --date "2026-02-30" is not a real date in the form YYYY-MM-DD — e.g. --date 2026-01-31',
      expect.stringMatching(/^npm run import unknown option --colour — usage: /),
    ]);
  });
});

describe('any language pair', () => {
  it('takes any two different BCP 47 tags', () => {
    for (const [o, t] of [['es', 'en'], ['ja', 'en'], ['en', 'zh-Hant'], ['zh-Hant', 'en']]) {
      expect(checkOptions({ slug: 'x', original: 'a.vtt', 'original-lang': o, translation: 'b.vtt', 'translation-lang': t, date: '2026-01-31' }).problems, `${o} → ${t}`).toEqual([]);
    }
    expect(checkOptions({ slug: 'x', original: 'a.vtt', 'original-lang': 'es', translation: 'b.vtt', 'translation-lang': 'es', date: '2026-01-31' }).problems.map(formatProblem)).toEqual([
      'npm run import --original-lang and --translation-lang are both "es" — give the language of each text: the translation is in another language than the original',
    ]);
  });

  it('imports a Spanish original with an English translation: its tags, titles and speakers where each language belongs', () => {
    const { mdx, speakersYaml } = importTranscript(base({
      slug: 'mercado-example', original: example('mercado.es.vtt'), translation: example('mercado.en.vtt'), originalLang: 'es', translationLang: 'en',
      titleOriginal: 'La panadería nocturna', titleTranslation: 'The night bakery',
    }));
    const frontmatter = mdx.split('\n---\n')[0]!;
    expect(frontmatter).toMatch(/^originalLanguage: es$/m);
    expect(frontmatter).toMatch(/^translationLanguage: en$/m);
    expect(frontmatter).toMatch(/^  language: es$/m);
    // Titles are keyed by interface language: the English one is known, the Chinese one is not (a TODO, not the Spanish).
    expect(frontmatter).toContain('  en: "The night bakery"');
    expect(frontmatter).toMatch(/^  zh-Hant: "TODO\(import\): 標題"$/m);
    expect(frontmatter).not.toContain('La panadería nocturna');
    const segments = parseTranscriptBody(bodyOf(mdx), 'x.mdx').flatMap((sec) => sec.segments);
    expect(segments.find((s) => s.original.includes('el pan sabe esperar'))?.translation).toContain('bread knows how to wait');
    expect(speakersYaml).toContain('name: { en: "Tomás Roldán", zh-Hant: "Tomás Roldán" }');
  });
});

describe('the source text the import writes', () => {
  const segmentsOf = (mdx: string) => parseTranscriptBody(bodyOf(mdx), 'x.mdx').flatMap((sec) => sec.segments).map((s) => ({ id: s.id, text: s.original }));
  const cases: [string, Partial<ImportInput>][] = [
    ['.vtt', {}],
    ['.srt', { original: { file: 'o.srt', text: '1\n00:00:01,000 --> 00:00:03,000\n甲：一句話，\n\n2\n00:00:03,000 --> 00:00:05,000\n<i>分成</i>兩段 & <b>{x}</b>。\n' }, translation: { file: 't.srt', text: '1\n00:00:01,000 --> 00:00:05,000\nA: One sentence, in two cues & {x}.\n' } }],
    ['.txt', { original: example('kiln.zh-Hant.txt'), translation: example('kiln.en.txt') }],
    ['.md', { original: { file: 'o.md', text: '# 標題\n\n甲：第一行\n第二行 < & >\n\n第二段。\n' }, translation: { file: 't.md', text: '# Title\n\nA: Line one\nline two < & >\n\nSecond.\n' } }],
  ];

  it.each(cases)('%s: the imported original column is that text, verbatim and in order', (_, over) => {
    const r = importTranscript(base(over));
    expect(verbatimProblems(r.sourceText, segmentsOf(r.mdx))).toEqual([]);
    expect(r.sourceText.endsWith('\n')).toBe(true);
  });

  it('subtitles: cue text only, without numbers, timings, voice tags or styling, cues joined into paragraphs', () => {
    const srt = importTranscript(base(cases[1]![1]));
    expect(srt.sourceText).toBe('一句話，分成兩段 & {x}。\n');
    const vtt = importTranscript(base());
    expect(vtt.sourceText).not.toMatch(/-->|<v |WEBVTT|&amp;/);
    expect(vtt.sourceText).toContain('林老師，您的窯在山上，為什麼選在那裡？');
    expect(vtt.sourceText).toContain('因為那裡的土 & 水都好。');
  });

  it('text: paragraphs without their Name: labels and headings, lines joined as the script needs', () => {
    expect(importTranscript(base(cases[3]![1])).sourceText).toBe('第一行第二行 < & >\n\n第二段。\n');
  });
});
