import { describe, expect, it } from 'vitest';
import { parseTranscriptBody, readTranscriptBody } from '../../src/lib/transcript-body';
import { formatProblem } from '../../src/lib/problem';
import { encodeText } from '../../src/lib/text-elements';
import fc from 'fast-check';

const seg = (id: string, zh = '中文。', en = 'English.', extra = '') =>
  `<Segment id="${id}" speaker="elon-musk" kind="quote"${extra}>\n<Original>${zh}</Original>\n<Translation>${en}</Translation>\n</Segment>`;
const section = (...segs: string[]) => `<Section id="opening" original="開場" translation="Opening">\n\n${segs.join('\n\n')}\n\n</Section>\n`;

describe('parseTranscriptBody', () => {
  it('reads sections and segments in order, with both texts', () => {
    const out = parseTranscriptBody(section(seg('first-quote', '我們要先把算力建好。', 'Compute first.'), seg('second-quote')), 'a.mdx');
    expect(out).toHaveLength(1);
    expect(out[0]!.segments.map((s) => s.id)).toEqual(['first-quote', 'second-quote']);
    expect(out[0]!.segments[0]).toMatchObject({ original: '我們要先把算力建好。', translation: 'Compute first.', speaker: 'elon-musk', kind: 'quote' });
  });

  it('keeps text with markdown-looking characters verbatim', () => {
    const out = parseTranscriptBody(section(seg('mixed', '毛利率 26%+ 與 B200/GB200 *不是* 強調', 'a * b _c_')), 'a.mdx');
    expect(out[0]!.segments[0]!.original).toBe('毛利率 26%+ 與 B200/GB200 *不是* 強調');
  });

  it.each([
    ['a missing translation', section(`<Segment id="lonely" speaker="elon-musk" kind="quote">\n<Original>中文。</Original>\n</Segment>`), /a\.mdx:3:1 \[lonely\] the <Translation> text is missing — /],
    ['an empty translation', section(seg('empty-en', '中文。', ' ')), /\[empty-en\]/],
    ['a duplicate id', section(seg('twice'), seg('twice')), /a\.mdx:8:1 \[twice\] duplicate segment id: already used at line 3 — /],
    ['a segment id the page uses for itself', section(seg('main')), /a\.mdx:3:1 \[main\] segment id not allowed: "main" is the id of one of the page's own elements/],
    ['a segment id in the notes’ id space', section(seg('note-supersonic-tsunami')), /\[note-supersonic-tsunami\] segment id not allowed: ids beginning "note-"/],
    ['a section id the page uses for itself', section(seg('fine')).replace('id="opening"', 'id="transcript-text"'), /a\.mdx:1:1 \[transcript-text\] section id not allowed/],
    ['a malformed id', section(seg('Q_017')), /\[Q_017\] id must be lowercase kebab-case/],
    ['an unknown kind', section(seg('odd-kind').replace('kind="quote"', 'kind="rumour"')), /\[odd-kind\] kind "rumour" is not on the scale — use one of: quote, claim, narration, heading/],
    ['a heading without level', section(seg('head').replace('kind="quote"', 'kind="heading"')), /\[head\] .*level/],
    ['text outside a segment', section('stray words', seg('ok')), /a\.mdx:3:1 \[opening\] unexpected text "stray words" in a <Section>/],
    ['malformed MDX', section(`<Segment id="broken" speaker="elon-musk" kind="quote">\n<Original>未關閉\n</Segment>`), /a\.mdx:\d+:\d+ \[broken\] MDX syntax error: .*closing tag/],
    ['an import', `import X from './x';\n\n${section(seg('ok'))}`, /imports and exports are not allowed/],
    ['an expression attribute', section(seg('expr').replace('kind="quote"', 'kind={"quote"}')), /attribute kind .* plain string/],
  ])('fails on %s, naming file and segment', (_what, body, message) => {
    expect(() => parseTranscriptBody(body, 'a.mdx')).toThrow(message);
  });
});

describe('any character in text', () => {
  it('decodes the character references authors (and the import) write for MDX syntax', () => {
    const out = parseTranscriptBody(
      section(seg('specials', 'AI &lt; 人類 &#123;x&#125; &gt; &amp; &quot;引&quot; \'s', 'a &lt;b&gt; &amp;amp; &#x1F600;')).replace('original="開場"', 'original="開場 &quot;一&quot; &lt; &#123;"'),
      'a.mdx',
    );
    expect(out[0]!.original).toBe('開場 "一" < {');
    expect(out[0]!.segments[0]!.original).toBe('AI < 人類 {x} > & "引" \'s');
    expect(out[0]!.segments[0]!.translation).toBe('a <b> &amp; 😀');
  });

  it('reports every raw "<", "{", tag and CJK line break at once, at its own line and column', () => {
    const body = section(
      seg('lt', 'AI < 人類', 'AI <3 humans'),
      seg('brace', '{笑}', 'fine'),
      seg('html', '中文', 'a <script>alert(1)</script> b'),
      seg('broken', '三十五元，\n十年來', 'thirty-five\nyuan'),
    );
    const { problems } = readTranscriptBody(body, 'a.mdx', 10);
    expect(problems.map(formatProblem)).toEqual([
      'a.mdx:14:14 [lt] "<" starts markup inside <Original> — write &lt; instead',
      'a.mdx:15:17 [lt] "<" starts markup inside <Translation> — write &lt; instead',
      'a.mdx:19:11 [brace] "{" starts an expression inside <Original> — write &#123; instead (and &#125; for "}")',
      'a.mdx:25:16 [html] "<script>" is markup inside <Translation>: transcript text is never markup — remove the tag, or write &lt; for each "<" that belongs to the text',
      'a.mdx:29:16 [broken] <Original> text is broken over two lines here: the break would publish a space between "，" and "十" — join the lines: keep each <Original> on one line',
    ]);
  });

  it('says how to write a straight " inside an attribute value', () => {
    const { problems } = readTranscriptBody(section(seg('ok')).replace('original="開場"', 'original="開場 "一""'), 'a.mdx', 10);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^a\.mdx:11:\d+ a straight " inside an attribute value ends it early — write &quot; for a " inside original="…" or translation="…" \(or use “ ”\)$/)]);
  });
});

describe('encodeText, as the import writes text (property-based)', () => {
  const piece = fc.oneof(
    fc.constantFrom('<', '>', '{', '}', '&', '"', "'", '&amp;', '&#123;', '</Original>', '<script>', '*', '_', '`', '\\', '[a](b)', '中', '「', '，', '😀', '👩🏽‍🚀', 'שלום', 'مرحبا', 'e\u0301', ' '),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 16 }).map((p) => p.join('').replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);

  it('every text comes back verbatim from <Original>, <Translation> and original="…", with no problem reported', () => {
    fc.assert(
      fc.property(text, text, (zh, en) => {
        const body = section(seg('any-text', encodeText(zh), encodeText(en))).replace('original="開場"', () => `original="${encodeText(zh, true)}"`);
        const r = readTranscriptBody(body, 'a.mdx');
        expect(r.problems.map(formatProblem)).toEqual([]);
        expect(r.sections[0]!.original).toBe(zh);
        expect(r.sections[0]!.segments[0]).toMatchObject({ original: zh, translation: en });
      }),
      { numRuns: 300 },
    );
  });
});

describe('a transcript in the old format (<Zh>/<En>, <Section zh= en=>)', () => {
  const old = `<Section id="opening" zh="開場" en="Opening">\n\n<Segment id="first-quote" speaker="elon-musk" kind="quote">\n<Zh>一。</Zh>\n<En>One.</En>\n</Segment>\n\n</Section>\n`;

  it('gets one line for the old element names and one for the old section attributes, nothing else', () => {
    expect(readTranscriptBody(old, 'a.mdx', 10).problems.map(formatProblem)).toEqual([
      'a.mdx:11:23 zh="…" on <Section> is the old name — write original="…" (and translation="…" for en="…")',
      'a.mdx:14:1 [first-quote] <Zh> is the old name — write <Original> (and <Translation> for <En>)',
    ]);
  });

  it('names <En> when it is the first old name, and only the section line when the elements are new', () => {
    const enFirst = old.replace('<Zh>一。</Zh>\n<En>One.</En>', '<En>One.</En>\n<Zh>一。</Zh>').replace(' zh="開場" en="Opening"', ' original="開場" translation="Opening"');
    expect(readTranscriptBody(enFirst, 'a.mdx').problems.map(formatProblem)).toEqual(['a.mdx:4:1 [first-quote] <En> is the old name — write <Translation> (and <Original> for <Zh>)']);
    const sectionOnly = section(seg('ok')).replace('original="開場" translation="Opening"', 'zh="開場" en="Opening"');
    expect(readTranscriptBody(sectionOnly, 'a.mdx').problems.map(formatProblem)).toEqual(['a.mdx:1:23 zh="…" on <Section> is the old name — write original="…" (and translation="…" for en="…")']);
  });
});
