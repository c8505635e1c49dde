/**
 * `npm run check` on a second mutated copy: the classes of mistake the newer checks catch (headings,
 * recording times, note spans, source texts, corrections…), one run, and the exact line for each.
 */
import { describe, expect, it } from 'vitest';
import { checkMutatedCopy, expectReport, T, MUSK, NARRATOR, SRC } from '../support/check-report';

/**
 * The classes other branches added (their per-class build tests were folded into this file): a second
 * copy, one run, and the exact line for each.
 */
describe('npm run check on a copy with the mistakes the newer checks catch', () => {
  const run = checkMutatedCopy((copy) => {
    // An attribution map that leaves out a segment the note covers.
    copy.edit(MUSK, (t) => t.replace('      a-robot-for-everyone: documented-elsewhere\n      like-a-car-in-every-home: not-found\n', '      a-robot-for-everyone: documented-elsewhere\n'));
    // A from-memory URL typed as a primary document.
    copy.edit(SRC, (t) => t.replace('  url: https://www.sec.gov\n  type: reference', '  url: https://www.sec.gov\n  type: primary'));
    // covers words not in the segment; a segment with several fact-checks, one without covers.
    copy.edit(NARRATOR, (t) => t
      .replace('translation: "Around noon on 27 July, at the X Takeover 2025 venue in the Bay Area"', 'translation: "Around midnight on 27 July, at the X Takeover 2025 venue in the Bay Area"')
      .replace(/(  - id: event-theme-future-engineered-check\n    segments: \[event-date-time-bay-area\]\n)    covers:\n      event-date-time-bay-area:\n(        [^\n]*\n)+/, '$1'));
    // A corrections-log entry naming a segment that does not exist.
    copy.edit('content/corrections.yaml', (t) => `${t.trimEnd()}\n\n- id: fix-of-nothing\n  date: "2026-12-06"\n  type: correction\n  transcript: x-takeover-2025\n  segments: [no-such-segment]\n  field: translation\n  before: "old words"\n  after: "new words"\n  reason:\n    en: "A test entry."\n    zh-Hant: "測試用的條目。"\n`);
    copy.edit(T, (t) => t
      // A heading in a person's words, not marked as their quote.
      .replace('<Segment id="build-compute-first-grok-acts" speaker="elon-musk" kind="quote" level="2">', '<Segment id="build-compute-first-grok-acts" speaker="elon-musk" kind="heading" level="2">')
      // Recording times out of reading order.
      .replace('<Segment id="hardware-foundation-first" speaker="ai-deep-researcher" kind="narration">', '<Segment id="hardware-foundation-first" speaker="ai-deep-researcher" kind="narration" start="120">')
      .replace('<Segment id="train-grok-to-act-chips-data-centres-gpus" speaker="ai-deep-researcher" kind="claim">', '<Segment id="train-grok-to-act-chips-data-centres-gpus" speaker="ai-deep-researcher" kind="claim" start="90">')
      // A published English text changed without a correction entry.
      .replace('<Translation>Musk didn\'t waste words and went straight to the core:</Translation>', '<Translation>Musk wasted no words and went straight to the core:</Translation>')
      // An original differing from the source text (content/source-texts/x-takeover-2025.txt).
      .replace('<Original>我們要先把<Note id="tr-compute">算力</Note>建好。</Original>', '<Original>我們要先把電力建好。</Original>')
      // Note spans: a note that does not exist; a note's words marked in a segment it is not on; a
      // note whose words are unmarked in one of its segments; a note inside itself; a tag not closed.
      .replace('<Note id="tr-squeezing-toothpaste">擠牙膏</Note>', '<Note id="tr-squeezing-toothpast">擠牙膏</Note>')
      .replace('“先把算力到位”', '“先把<Note id="tr-compute">算力</Note>到位”')
      .replace('<Original>算力、電力、製造,這三根<Note id="tr-pillars">支點</Note>還在搭建;', '<Original>算力、電力、製造,這三根支點還在搭建;')
      .replace('these three <Note id="tr-pillars">pillars</Note> are still', 'these three pillars are still')
      .replace('<Note id="tr-concept-level-telepathy">概念級心電感應</Note>', '<Note id="tr-concept-level-telepathy">概念級<Note id="tr-concept-level-telepathy">心電感應</Note></Note>')
      .replace('是<Note id="tr-billions">幾十億</Note>個。', '是<Note id="tr-billions">幾十億個。'));
  });

  const cases2: [string, string[]][] = [
    ['a heading in a person\'s words not marked as their quote', [
      'content/transcripts/x-takeover-2025.mdx:131:1 [build-compute-first-grok-acts] a heading in the words of "elon-musk" is a quote — write kind="quote" and keep level="2"',
    ]],
    ['recording start times out of reading order', [
      'content/transcripts/x-takeover-2025.mdx:141:1 [train-grok-to-act-chips-data-centres-gpus] start="90" is earlier than the start="120" of "hardware-foundation-first" before it — times follow reading order: correct one of the two',
    ]],
    ['an attribution map missing a segment the note covers', [
      'content/annotations/x-takeover-2025/fact-checks-musk.yaml:542:7 [a-robot-for-everyone-check] attribution per segment must name every segment of the note; missing: like-a-car-in-every-home — add each with its own attribution',
    ]],
    ['a from-memory URL typed primary', [
      'content/data/sources.yaml:347:9 [sec-edgar] a from-memory URL was not read, so its type cannot be primary — use type: reference',
    ]],
    ['covers words not in the segment, and one of several fact-checks on a segment without covers', [
      'content/annotations/x-takeover-2025/fact-checks-narrator.yaml:80:22 [event-date-time-bay-area-check] covers.event-date-time-bay-area.translation "Around midnight on 27 July, at the X Takeover 2025 venue in the Bay Area" is not in the segment\'s translation — copy the words exactly from its <Translation> in content/transcripts/x-takeover-2025.mdx',
      'content/annotations/x-takeover-2025/fact-checks-narrator.yaml:98:15 [event-theme-future-engineered-check] segment "event-date-time-bay-area" has several fact-checks (also event-date-time-bay-area-check, event-surprise-guest-over-an-hour-check): say which of its words this one checks — add covers: { event-date-time-bay-area: { original: "…", translation: "…" } } with words copied exactly from the segment',
    ]],
    ['a corrections-log entry naming an unknown segment', [
      'content/corrections.yaml:418:1 [fix-of-nothing] unknown segment "no-such-segment" in x-takeover-2025 — use an id from content/transcripts/x-takeover-2025.mdx',
    ]],
    ['note spans: an unknown note, a span off its note\'s segments, a segment of a spanned note without its span, a note inside itself, a tag not closed', [
      'content/transcripts/x-takeover-2025.mdx:629:32 [squeezing-toothpaste] <Note id="tr-squeezing-toothpast"> names no note of this transcript — use the id of a note in content/annotations/x-takeover-2025/, or remove the <Note> tags',
      'content/transcripts/x-takeover-2025.mdx:78:129 [xai-12b-debt-financing] <Note id="tr-compute"> marks words in a segment its note is not on (segments: compute-energy-manufacturing-indispensable, build-compute-first-grok-acts, absolute-freedom-in-compute, who-controls-compute-controls-ai) — add xai-12b-debt-financing to the note\'s segments in content/annotations/x-takeover-2025/editorial.yaml, or remove the <Note> tags',
      'content/annotations/x-takeover-2025/editorial.yaml:89:89 [tr-pillars] the note marks its words with <Note id="tr-pillars"> in three-pillars-progress-this-week, three-pillars-near-zero-marginal-cost but not in pillars-still-being-built — mark the words it is about in pillars-still-being-built\'s <Original> or <Translation> too, or remove pillars-still-being-built from segments',
      'content/transcripts/x-takeover-2025.mdx:649:57 [conceptual-telepathy] <Note id="tr-concept-level-telepathy"> inside another <Note id="tr-concept-level-telepathy">: the same note twice over the same words — remove the inner <Note id="…"> and its </Note>',
      'content/transcripts/x-takeover-2025.mdx:490:45 [optimus-beyond-c3po-r2d2-billions] <Note id="tr-billions"> is not closed inside <Original> — add </Note> after the words it marks, before </Original>',
    ]],
    ['a published English text changed without a correction entry', [
      'content/transcripts/x-takeover-2025.mdx:47:1 [straight-to-the-core] the English changed since it was published, and no correction entry names it — add an entry to content/corrections.yaml (docs/authoring/corrections.md, "Correcting published text"), then run npm run corrections:update (field: translation, segments: [straight-to-the-core])',
    ]],
    ['an original differing from its source text (also a published text changed without a correction entry)', [
      'content/transcripts/x-takeover-2025.mdx:132:16 [build-compute-first-grok-acts] “電力建好。” differs from the source text, which has “算力建好。 在 X Takeover 現場連線中…” (content/source-texts/x-takeover-2025.txt) — the original column publishes the source text verbatim: copy this passage from the source text again',
      'content/transcripts/x-takeover-2025.mdx:131:1 [build-compute-first-grok-acts] the Chinese text changed since it was published, and no correction entry names it — add an entry to content/corrections.yaml (docs/authoring/corrections.md, "Correcting published text"), then run npm run corrections:update (field: original, segments: [build-compute-first-grok-acts])',
    ]],
  ];
  it('fails, with the count on the last line', () => {
    expect(run.status).toBe(1);
    expect(run.lines.at(-1)).toMatch(/^check: \d+ problems in the content \(.*\)\. Nothing was built\.$/);
  });
  expectReport(cases2, run);
});

