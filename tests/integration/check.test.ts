/**
 * `npm run check` on mutated copies of the real content: one copy with many mistakes, one run,
 * and the exact line the author sees for each class of mistake (issue #22).
 */
import { describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy';
import { checkMutatedCopy, expectReport, T, MUSK, NARRATOR, EDITORIAL, PRED, SRC, SPK, REG } from '../support/check-report';
import { addFictionalSpeaker, fictionalTranscript, letSpeakIn, FICTIONAL_SPEAKER as F } from '../fixtures/fictional';

/** A second, fictional transcript, added after the first (uncommitted, so newer). */
const second = (body: string) => fictionalTranscript({ slug: 'a-second-talk', title: 'A second talk', section: { id: 'second-opening', original: '開場', translation: 'Opening' }, body });

describe('npm run check on a copy with many mistakes', () => {
  const run = checkMutatedCopy((copy) => {
    // Transcript: text classes.
    copy.edit(T, (t) => t
      .replace('<Translation>Musk didn\'t waste words and went straight to the core:</Translation>', '<Translation>Musk didn\'t waste <script>alert(1)</script> words:</Translation>')
      .replace('<Original>但要實現這一點,三件事缺一不可:<Note id="tr-compute">算力</Note>、能源、製造。</Original>', '<Original>但要實現這一點,三件事缺一不可:\n<Note id="tr-compute">算力</Note>、能源、製造。</Original>')
      .replace('<Segment id="supersonic-tsunami" speaker="elon-musk" kind="quote">', '<Segment id="supersonic-tsunami" speaker="elon-muskk" kind="rumour">')
      .replace('<Translation>This isn\'t progress — it\'s like a “<Note id="tr-supersonic-tsunami">supersonic tsunami</Note>”.</Translation>', '<Translation>AI < humans {maybe}</Translation>'));
    // A second transcript repeating an id of the first, and one of its own twice; missing and empty texts.
    copy.write('content/transcripts/a-second-talk.mdx', second([
      `<Segment id="straight-to-the-core" speaker="${F}" kind="quote">\n<Original>重複的編號。</Original>\n<Translation>A repeated id.</Translation>\n</Segment>`,
      `<Segment id="own-twice" speaker="${F}" kind="quote">\n<Original>一。</Original>\n<Translation>One.</Translation>\n</Segment>`,
      `<Segment id="own-twice" speaker="${F}" kind="quote">\n<Original>二。</Original>\n<Translation>Two.</Translation>\n</Segment>`,
      `<Segment id="no-english" speaker="${F}" kind="quote">\n<Original>沒有英文。</Original>\n</Segment>`,
      `<Segment id="empty-chinese" speaker="${F}" kind="quote">\n<Original> </Original>\n<Translation>Empty Chinese.</Translation>\n</Segment>`,
    ].join('\n\n')));
    copy.write('content/ids/a-second-talk.json', JSON.stringify({ slug: 'a-second-talk', ids: ['straight-to-the-core', 'own-twice', 'no-english', 'empty-chinese'], redirects: {} }));
    // Annotations: scale values, references, dates, a missing language, markup.
    copy.edit(MUSK, (t) => t.replace('    verdict: opinion\n    attribution: documented-elsewhere\n    checked: "2026-11-28"', '    verdict: mostly-true\n    attribution: hearsay\n    checked: "2999-01-01"'));
    copy.edit(NARRATOR, (t) => t
      .replace('    segments: [event-date-time-bay-area]\n    kind: context', '    segments: [no-such-segment]\n    kind: context')
      .replace('bi-dont-bet-against-elon-daily8,', 'no-such-source,')
      .replace(/(\n    checked: )"2026-11-28"/, '$1"2999-01-01"'));
    copy.edit(EDITORIAL, (t) => t
      .replace('      zh-Hant: "特斯拉能源業務成績的清單缺失"\n', '')
      .replace('    segments: [what-tesla-storage-does]\n    kind: editorial', '    segments: [what-tesla-storage-does]\n    kind: remark')
      .replace('nothing was removed by us."\n      zh-Hant: "原文此句以冒號作結，但說明特斯拉儲能', 'nothing was <b>removed</b> by us."\n      zh-Hant: "原文此句以冒號作結，但說明特斯拉儲能'));
    copy.edit(MUSK, (t) => t.replace(/(\n    claimant: )elon-musk(\n    verdict: opinion)/, '$1somebody$2'));
    // Predictions: status, dates, a segment and a claimant that do not exist.
    copy.edit(PRED, (t) => t
      .replace('  due: "2025-12-31"\n  status: missed', '  due: "2025-13-45"\n  status: probably')
      .replace('  segments: [cpuc-no-driverless-service-without-permit]', '  segments: [gone-segment]'));
    // Sources: http without httpOnly, no host, a space, 30 February unquoted.
    copy.edit(SRC, (t) => t
      .replace('  url: https://hao.cnyes.com/post/184417', '  url: http://hao.cnyes.com/post/184417')
      .replace('  url: https://www.iheart.com/podcast/', '  url: https://www.iheart.com/pod cast/')
      .replace('  url: https://transcription.spreaker.com/', '  url: https:///transcription.spreaker.com/')
      .replace('  published: "2025-07-27"', '  published: 2024-02-30'));
    // Speakers: a duplicate.
    copy.edit(SPK, (t) => `${t.trimEnd()}\n- id: event-host\n  name: { en: Host, zh-Hant: 主持人 }\n  role: { en: Host, zh-Hant: 主持人 }\n  kind: person\n`);
    // A fictional speaker for the new segments (after the duplicate, so its line stays), who may speak in the published transcript.
    addFictionalSpeaker(copy);
    letSpeakIn(copy, T);
    // Registry: a redirect to nowhere, and a published id that vanished without one.
    copy.edit(REG, (t) => t.replace('"redirects": {}', '"redirects": { "old-gone-id": "nowhere-id" }').replace('"ids": [', '"ids": [\n    "old-gone-id",\n    "vanished-id",'));
    // A new segment not yet registered; a ledger row by someone unknown.
    copy.edit(T, (t) => t.replace('<Segment id="straight-to-the-core"', `<Segment id="brand-new-segment" speaker="${F}" kind="quote">\n<Original>新的。</Original>\n<Translation>New.</Translation>\n</Segment>\n\n<Segment id="straight-to-the-core"`));
    copy.edit(PRED, (t) => t.replace('- id: optimus-2025-few-hundred\n  ledgerItem: P2\n  claimant: elon-musk', '- id: optimus-2025-few-hundred\n  ledgerItem: P2\n  claimant: nobody'));
    // A transcript with an MDX syntax error: a straight quote inside an attribute value.
    copy.write('content/transcripts/b-broken.mdx', second(`<Segment id="fine-one" speaker="${F}" kind="quote">\n<Original>好。</Original>\n<Translation>Fine.</Translation>\n</Segment>`).replace('slug: a-second-talk', 'slug: b-broken').replace('original="開場"', 'original="開場 "一""'));
    copy.write('content/ids/b-broken.json', JSON.stringify({ slug: 'b-broken', ids: [], redirects: {} }));
    // A transcript still in the old format (<Zh>/<En>, <Section zh= en=>), with a translation language that is not a tag.
    copy.write('content/transcripts/c-old-format.mdx', second(`<Segment id="old-names" speaker="${F}" kind="quote">\n<Zh>舊的。</Zh>\n<En>Old.</En>\n</Segment>`)
      .replace('slug: a-second-talk', 'slug: c-old-format').replace('translationLanguage: en', 'translationLanguage: english')
      .replace('original="開場" translation="Opening"', 'zh="開場" en="Opening"'));
    copy.write('content/ids/c-old-format.json', JSON.stringify({ slug: 'c-old-format', ids: [], redirects: {} }));
    // A notes file with a YAML syntax error.
    copy.write('content/annotations/x-takeover-2025/zz-broken.yaml', 'annotations:\n  - id: broken-note\n    segments: [supersonic-tsunami]\n    kind: context\n    title: { en: Title: with colon, zh-Hant: 標題 }\n');
  });

  it('fails, prints one line per problem and no stack trace', () => {
    expect(run.status).toBe(1);
    expect(run.output).not.toMatch(/^\s+at /m);
    expect(run.output).not.toMatch(/node_modules|\.prerender|chunks\//);
    for (const l of run.lines.slice(0, -1)) expect(l).toMatch(/^[\w./-]+:\d+:\d+ (\[[^\]]+\] )?.+ — .+$/);
    expect(run.lines.at(-1)).toMatch(/^check: \d+ problems and 2 warning\(s\) in the content \(.*\)\. Nothing was built\.$/);
    console.log(run.stderr);
  });

  const cases: [string, string[]][] = [
    ['a transcript without its source text: a warning, since nothing checks that its original is verbatim', [
      'content/transcripts/a-second-talk.mdx:1:1 [a-second-talk] warning: has no source text, so nothing checks that its original column is verbatim — put the text it publishes in content/source-texts/a-second-talk.txt (docs/authoring/transcripts.md, "Source texts")',
      'content/transcripts/b-broken.mdx:1:1 [b-broken] warning: has no source text, so nothing checks that its original column is verbatim — put the text it publishes in content/source-texts/b-broken.txt (docs/authoring/transcripts.md, "Source texts")',
    ]],
    ['duplicate ids within and across transcripts, at the newer place, naming the older', [
      'content/transcripts/a-second-talk.mdx:21:1 [straight-to-the-core] segment id already used in content/transcripts/x-takeover-2025.mdx:52:1 — give the newer segment another id (ids are unique across the site)',
      'content/transcripts/a-second-talk.mdx:31:1 [own-twice] duplicate segment id: already used at line 26 — give this one a new id (ids are unique across the site)',
      'content/data/speakers.yaml:14:7 [event-host] duplicate id: already used at content/data/speakers.yaml:10:3 — give this item another id, or remove the copy',
    ]],
    ['unknown references: speaker, source, segment, claimant, prediction segment, redirect target', [
      'content/transcripts/x-takeover-2025.mdx:182:1 [supersonic-tsunami] unknown speaker "elon-muskk" — use an id from content/data/speakers.yaml, or add the speaker there',
      'content/annotations/x-takeover-2025/fact-checks-narrator.yaml:17:99 [x-takeover-event-context] unknown source "no-such-source" — use an id from content/data/sources.yaml, or add the source there',
      'content/annotations/x-takeover-2025/fact-checks-narrator.yaml:9:16 [x-takeover-event-context] unknown segment "no-such-segment" in x-takeover-2025 — use the id of a <Segment> in content/transcripts/x-takeover-2025.mdx',
      'content/annotations/x-takeover-2025/fact-checks-musk.yaml:10:15 [ai-abundance-compute-energy-manufacturing-check] unknown claimant "somebody" — use a speaker id from content/data/speakers.yaml',
      'content/data/predictions.yaml:32:13 [optimus-2025-few-hundred] unknown claimant "nobody" — use a speaker id from content/data/speakers.yaml, or add claimantLabel: { en: …, zh-Hant: … } for a company or other claimant',
      'content/data/predictions.yaml:27:14 [optimus-2025-volume] unknown segment "gone-segment" — use the id of a <Segment> in a transcript',
      'content/ids/x-takeover-2025.json:148:18 [old-gone-id] redirects to "nowhere-id", which is neither a segment of the transcript nor redirected itself — point the redirect at the id of a segment',
    ]],
    ['missing or empty text, and a bilingual field missing a language', [
      'content/transcripts/a-second-talk.mdx:36:1 [no-english] the <Translation> text is missing — add <Translation>…</Translation> with the translation',
      'content/transcripts/a-second-talk.mdx:40:1 [empty-chinese] the <Original> text is empty — write the source text, verbatim',
      'content/annotations/x-takeover-2025/editorial.yaml:7:7 [lost-list-tesla-energy-growth-line] title.zh-Hant is missing — add title.zh-Hant',
    ]],
    ['values off a scale: verdict, kind, attribution, status', [
      'content/annotations/x-takeover-2025/fact-checks-musk.yaml:49:14 [ai-80-prosperity-20-catastrophe-check] verdict "mostly-true" is not on the scale — use one of: accurate, mostly-accurate, needs-context, inaccurate, unverified, opinion',
      'content/annotations/x-takeover-2025/fact-checks-musk.yaml:50:18 [ai-80-prosperity-20-catastrophe-check] attribution "hearsay" is not on the scale — use one of: event-report, documented-elsewhere, not-found',
      'content/annotations/x-takeover-2025/editorial.yaml:14:11 [lost-list-tesla-storage] kind "remark" is not on the scale — use one of: fact-check, translation, context, editorial',
      'content/transcripts/x-takeover-2025.mdx:182:1 [supersonic-tsunami] kind "rumour" is not on the scale — use one of: quote, claim, narration, heading',
      'content/data/predictions.yaml:17:11 [optimus-2025-volume] status "probably" is not on the scale — use one of: missed, unconfirmed, slipped, pending, partly-borne-out, open-ended',
    ]],
    ['impossible dates, quoted or not, and a review in the future', [
      'content/data/predictions.yaml:16:8 [optimus-2025-volume] due "2025-13-45" is not a date on the calendar — check the month (01–12) and the day (within that month)',
      'content/data/sources.yaml:30:14 [iheart-transcript-2025] published 2024-02-30 is not a date on the calendar — check the month (01–12) and the day (within that month)',
      'content/annotations/x-takeover-2025/fact-checks-narrator.yaml:85:14 [event-date-time-bay-area-check] checked "2999-01-01" is in the future — write the date the evidence was reviewed',
    ]],
    ['malformed URLs: http, a space, no host', [
      'content/data/sources.yaml:17:8 [cnyes-hao-ai-researcher-column] url "http://hao.cnyes.com/post/184417" must be https — write the https:// address, or add httpOnly: true if the research saw the page only over http',
      'content/data/sources.yaml:29:8 [iheart-transcript-2025] url "https://www.iheart.com/pod cast/53-elon-musk-thinking-113389944/episode/elon-musk-latest-interview-the-287719573" contains a space — copy the URL again from the browser\'s address bar (a space is written %20)',
      'content/data/sources.yaml:44:8 [spreaker-vtt-2025] url "https:///transcription.spreaker.com/starship/f36f4b92-c1f2-448d-bd2e-67707bfa7b4e/f36f4b92-c1f2-448d-bd2e-67707bfa7b4e.vtt" has no valid host — write the full URL, e.g. https://example.com/page',
    ]],
    ['YAML and MDX syntax errors, with line, column and a hint', [
      'content/annotations/x-takeover-2025/zz-broken.yaml:5:18 YAML syntax error: Block collections are not allowed within flow collections — a text containing ": " must be quoted: put it in "…" (write \\" for a " inside)',
      'content/transcripts/b-broken.mdx:19:45 a straight " inside an attribute value ends it early — write &quot; for a " inside original="…" or translation="…" (or use “ ”)',
    ]],
    ['a transcript in the old format, and a translation language that is not a BCP 47 tag', [
      'content/transcripts/c-old-format.mdx:19:30 zh="…" on <Section> is the old name — write original="…" (and translation="…" for en="…")',
      'content/transcripts/c-old-format.mdx:22:1 [old-names] <Zh> is the old name — write <Original> (and <Translation> for <En>)',
      'content/transcripts/c-old-format.mdx:15:22 [c-old-format] translationLanguage "english" is not a language code — write a BCP 47 tag such as zh-Hant, en, ja or es',
    ]],
    ['registry violations, and a new segment whose text is not in the source text', [
      'content/transcripts/x-takeover-2025.mdx:47:1 [brand-new-segment] segment id is not in content/ids/x-takeover-2025.json yet — run `npm run ids:update` and commit content/ids/x-takeover-2025.json: once published, an id is permanent',
      'content/ids/x-takeover-2025.json:5:5 [vanished-id] published segment id "vanished-id" is no longer in content/transcripts/x-takeover-2025.mdx: its permalink would break — restore the id, or add "redirects": { "vanished-id": "<id of its successor>" } to content/ids/x-takeover-2025.json (see docs/authoring/corrections.md, "Renaming or splitting a segment")',
      'content/transcripts/x-takeover-2025.mdx:48:11 [brand-new-segment] “新的。” is not in the source text (content/source-texts/x-takeover-2025.txt) — the original column publishes only the source text: remove this segment, or correct the source-text file if it is the file that is wrong',
    ]],
    ['a text element broken over lines next to Chinese', [
      'content/transcripts/x-takeover-2025.mdx:63:27 [compute-energy-manufacturing-indispensable] <Original> text is broken over two lines here: the break would publish a space between ":" and "算" — join the lines: keep each <Original> on one line',
      'content/transcripts/x-takeover-2025.mdx:62:1 [compute-energy-manufacturing-indispensable] the Chinese text changed since it was published, and no correction entry names it — add an entry to content/corrections.yaml (docs/authoring/corrections.md, "Correcting published text"), then run npm run corrections:update (field: original, segments: [compute-energy-manufacturing-indispensable])',
      'content/transcripts/x-takeover-2025.mdx:63:27 [compute-energy-manufacturing-indispensable] a space or line break before “算力、能源、製造。” that the source text does not have (content/source-texts/x-takeover-2025.txt) — the original column publishes the source text verbatim: copy this passage from the source text again',
    ]],
    ['markup inside transcript text and notes; "<" and "{" in text', [
      'content/transcripts/x-takeover-2025.mdx:54:32 [straight-to-the-core] "<script>" is markup inside <Translation>: transcript text is never markup — remove the tag, or write &lt; for each "<" that belongs to the text',
      'content/annotations/x-takeover-2025/editorial.yaml:19:11 [lost-list-tesla-storage] body.en contains markup "<b>": notes and titles are plain text — remove the tag (the text is published exactly as written, never as HTML)',
      'content/transcripts/x-takeover-2025.mdx:184:17 [supersonic-tsunami] "<" starts markup inside <Translation> — write &lt; instead',
      'content/transcripts/x-takeover-2025.mdx:184:26 [supersonic-tsunami] "{" starts an expression inside <Translation> — write &#123; instead (and &#125; for "}")',
    ]],
    ['published texts changed (by the mistakes above) without a correction entry', [
      'content/transcripts/x-takeover-2025.mdx:52:1 [straight-to-the-core] the English changed since it was published, and no correction entry names it — add an entry to content/corrections.yaml (docs/authoring/corrections.md, "Correcting published text"), then run npm run corrections:update (field: translation, segments: [straight-to-the-core])',
      'content/transcripts/x-takeover-2025.mdx:182:1 [supersonic-tsunami] the English changed since it was published, and no correction entry names it — add an entry to content/corrections.yaml (docs/authoring/corrections.md, "Correcting published text"), then run npm run corrections:update (field: translation, segments: [supersonic-tsunami])',
    ]],
    ['new transcripts, not yet published: a notice that their texts are not guarded yet', [
      'content/transcripts/a-second-talk.mdx:1:1 not published yet: content/ids/a-second-talk.published.json is not written, so changes to its texts are not guarded — once it is published, run npm run corrections:update and commit content/ids/a-second-talk.published.json',
      'content/transcripts/b-broken.mdx:1:1 not published yet: content/ids/b-broken.published.json is not written, so changes to its texts are not guarded — once it is published, run npm run corrections:update and commit content/ids/b-broken.published.json',
    ]],
  ];
  expectReport(cases, run);
});

describe('npm run check on the content as committed', () => {
  it('passes, quickly, with one line', () => {
    const clean = copyProject();
    try {
      const r = clean.run('node', ['scripts/check.mjs']);
      expect(r.status, r.output).toBe(0);
      expect(r.stdout).toMatch(/^check: content OK \(\d+\.\d s\)\n$/);
      expect(r.stderr).toBe('');
    } finally {
      clean.remove();
    }
  }, 60_000);
});

describe('npm run build with bad content', () => {
  it('stops with the same report before astro build starts, leaving the previous dist/ as it was', () => {
    const c = copyProject();
    try {
      c.write('dist/index.html', '<!doctype html><title>the site as last published</title>');
      c.write('dist/transcripts/x-takeover-2025/index.html', 'previous transcript page');
      // An unregistered segment: astro build alone would empty dist/ before its pages find it (checked by hand).
      addFictionalSpeaker(c);
      letSpeakIn(c, T);
      c.edit(T, (t) => t.replace('<Segment id="straight-to-the-core"', `<Segment id="unregistered-one" speaker="${F}" kind="quote">\n<Original>新。</Original>\n<Translation>New.</Translation>\n</Segment>\n\n<Segment id="straight-to-the-core"`));
      const r = c.run('npm', ['run', 'build']);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('content/transcripts/x-takeover-2025.mdx:47:1 [unregistered-one] segment id is not in content/ids/x-takeover-2025.json yet — run `npm run ids:update`');
      expect(r.output).not.toMatch(/\[build\]|astro build\b.*Complete|^\s+at /m);
      expect(c.read('dist/index.html')).toBe('<!doctype html><title>the site as last published</title>');
      expect(c.read('dist/transcripts/x-takeover-2025/index.html')).toBe('previous transcript page');
    } finally {
      c.remove();
    }
  }, 120_000);
});
