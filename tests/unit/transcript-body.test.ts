import { describe, expect, it } from 'vitest';
import { parseTranscriptBody } from '../../src/lib/transcript-body';

const seg = (id: string, zh = '中文。', en = 'English.', extra = '') =>
  `<Segment id="${id}" speaker="elon-musk" kind="quote"${extra}>\n<Zh>${zh}</Zh>\n<En>${en}</En>\n</Segment>`;
const section = (...segs: string[]) => `<Section id="opening" zh="開場" en="Opening">\n\n${segs.join('\n\n')}\n\n</Section>\n`;

describe('parseTranscriptBody', () => {
  it('reads sections and segments in order, with both texts', () => {
    const out = parseTranscriptBody(section(seg('first-quote', '我們要先把算力建好。', 'Compute first.'), seg('second-quote')), 'a.mdx');
    expect(out).toHaveLength(1);
    expect(out[0]!.segments.map((s) => s.id)).toEqual(['first-quote', 'second-quote']);
    expect(out[0]!.segments[0]).toMatchObject({ zh: '我們要先把算力建好。', en: 'Compute first.', speaker: 'elon-musk', kind: 'quote' });
  });

  it('keeps text with markdown-looking characters verbatim', () => {
    const out = parseTranscriptBody(section(seg('mixed', '毛利率 26%+ 與 B200/GB200 *不是* 強調', 'a * b _c_')), 'a.mdx');
    expect(out[0]!.segments[0]!.zh).toBe('毛利率 26%+ 與 B200/GB200 *不是* 強調');
  });

  it.each([
    ['a missing translation', section(`<Segment id="lonely" speaker="elon-musk" kind="quote">\n<Zh>中文。</Zh>\n</Segment>`), /a\.mdx \[lonely\]: .*missing <En>/],
    ['an empty translation', section(seg('empty-en', '中文。', ' ')), /\[empty-en\]/],
    ['a duplicate id', section(seg('twice'), seg('twice')), /\[twice\]: .*duplicate segment id/],
    ['a segment id the page uses for itself', section(seg('main')), /a\.mdx \[main\]: .*segment id not allowed: "main" is the id of one of the page's own elements/],
    ['a segment id in the notes’ id space', section(seg('note-supersonic-tsunami')), /\[note-supersonic-tsunami\]: .*segment id not allowed: ids beginning "note-"/],
    ['a section id the page uses for itself', section(seg('fine')).replace('id="opening"', 'id="transcript-text"'), /\[transcript-text\]: .*section id not allowed/],
    ['a malformed id', section(seg('Q_017')), /\[Q_017\]: .*kebab-case/],
    ['an unknown kind', section(seg('odd-kind').replace('kind="quote"', 'kind="rumour"')), /\[odd-kind\]: .*kind/],
    ['a heading without level', section(seg('head').replace('kind="quote"', 'kind="heading"')), /\[head\]: .*level/],
    ['text outside a segment', section('stray words', seg('ok')), /\[opening\]: .*unexpected text "stray words"/],
    ['malformed MDX', section(`<Segment id="broken" speaker="elon-musk" kind="quote">\n<Zh>未關閉\n</Segment>`), /a\.mdx: malformed MDX/],
    ['an import', `import X from './x';\n\n${section(seg('ok'))}`, /imports and exports are not allowed/],
    ['an expression attribute', section(seg('expr').replace('kind="quote"', 'kind={"quote"}')), /attribute kind .* plain string/],
  ])('fails on %s, naming file and segment', (_what, body, message) => {
    expect(() => parseTranscriptBody(body, 'a.mdx')).toThrow(message);
  });
});
