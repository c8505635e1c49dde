import { describe, expect, test } from 'vitest';
import { createHighlighter } from 'shiki';
import { highlightCode, type CodeLang } from '../../src/lib/highlight';
import { formatCitations, segmentItem, transcriptBibliography, type CiteContext } from '../../src/lib/citations';
import type { TranscriptMeta } from '../../src/schemas/transcript';
import type { Speaker } from '../../src/schemas/speaker';

/** What highlight.ts used to call, and what Astro's <Code wrap> writes: the reference markup. */
const shiki = await createHighlighter({ langs: ['bibtex', 'json'], themes: ['github-dark'] });
const reference = (code: string, lang: CodeLang) =>
  shiki.codeToHtml(code.replace(/(?:\r\n|\r|\n)$/, ''), {
    lang,
    theme: 'github-dark',
    transformers: [
      {
        pre(node) {
          node.properties.class = String(node.properties.class).replace(/shiki/g, 'astro-code');
          node.properties.dataLanguage = lang;
          node.properties.style = `${String(node.properties.style)}; overflow-x: auto; white-space: pre-wrap; word-wrap: break-word;`;
        },
      },
    ],
  });

const meta = {
  slug: 'x-takeover-2025',
  title: { 'zh-Hant': '馬斯克在 X Takeover 2025 的連線訪談', en: 'Elon Musk at X Takeover 2025 <by> "video" & link' },
  summary: { 'zh-Hant': '摘要', en: 'Summary' },
  event: { name: 'X Takeover 2025', organizer: 'Tesla Owners Club of Silicon Valley' },
  date: new Date('2025-07-26'),
  place: { 'zh-Hant': '美國加州聖馬刁', en: 'San Mateo, California' },
  speakers: ['elon-musk'],
  sourceDocument: { publisher: { 'zh-Hant': '鉅亨號', en: 'Anue 鉅亨號' }, author: 'AI深度研究員', url: 'https://hao.cnyes.com/post/184417?a=1&b=2', language: 'zh-Hant' },
  originalLanguage: 'zh-Hant',
  translationNote: { 'zh-Hant': '翻譯', en: 'Translation' },
} as TranscriptMeta;
const speakers = new Map<string, Speaker>([['elon-musk', { id: 'elon-musk', name: { en: 'Elon Musk', 'zh-Hant': '馬斯克' }, role: { en: 'r', 'zh-Hant': 'r' }, kind: 'person' }]]);
const ctx: CiteContext = { meta, speakers, site: new URL('https://interlinear.example/') };
const hostile = ['US$12 billion, 67% & <b>bold</b> "quoted" \'single\' `tick` {braces} \\back', '這不是進步,這就像一場“超音速海嘯”。\ttab  two  spaces ', 'emoji 🚀 and \u00a0nbsp'];
const segments = hostile.map((zh, i) => ({ id: `seg-${i}`, speaker: 'elon-musk', zh, en: hostile[(i + 1) % hostile.length]! }));
const blocks = [...segments.map((s) => formatCitations([segmentItem(s, ctx)])), formatCitations(transcriptBibliography(ctx, segments))];

describe('highlightCode writes what Shiki codeToHtml writes', () => {
  test.each(blocks.flatMap((f, i) => [[`bibtex ${i}`, f.bibtex, 'bibtex'], [`ris ${i}`, f.ris, 'txt'], [`csljson ${i}`, f.csljson, 'json']] as [string, string, CodeLang][]))('%s', async (_, code, lang) => {
    expect(await highlightCode(code, lang)).toBe(reference(code, lang));
  });
  test.each([['', 'txt'], ['\n', 'json'], ['  \n\t{"a": "<&>"}\r\n', 'json'], ['@misc{x,\n  note = {  a  & b }\n}\n\n', 'bibtex']] as [string, CodeLang][])('edge case %j (%s)', async (code, lang) => {
    expect(await highlightCode(code, lang)).toBe(reference(code, lang));
  });
});
