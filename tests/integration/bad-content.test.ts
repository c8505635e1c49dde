/**
 * What the real build does with unusual content: hostile text is published as text, a renamed
 * segment id fails the build (even without `npm run check` before it) or becomes a redirect, and a
 * published text changed without a corrections-log entry is refused. Each case copies the project
 * to a temporary folder, changes files and runs astro build. Each class of broken content, with the
 * exact line the author sees, is in tests/integration/check.test.ts (one check run, no build).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { join } from 'node:path';
import { copyProject } from '../support/project-copy';

const root = process.cwd();
const transcript = 'content/transcripts/x-takeover-2025.mdx';
const narratorChecks = 'content/annotations/x-takeover-2025/fact-checks-narrator.yaml';
const sourceText = 'content/source-texts/x-takeover-2025.txt';

function buildWith(file: string, change: (text: string) => string, more: [string, (text: string) => string][] = [], inspect?: (out: string) => void) {
  const copy = copyProject('interlinear-bad-');
  try {
    for (const [f, c] of [[file, change] as const, ...more]) copy.edit(f, c);
    const r = copy.astroBuild();
    if (r.status === 0) inspect?.(r.outDir);
    return r;
  } finally {
    copy.remove();
  }
}

describe('hostile text in content is published as text, never as markup', () => {
  const payload = '<script>alert("xss")</script>"><img src=x onerror=alert(1)>';
  const yamlPayload = JSON.stringify(payload);
  it('in a transcript title, a source title and an annotation title and body', () => {
    const pages: Record<string, string> = {};
    let exported = '';
    const r = buildWith(
      transcript,
      (t) => t.replace(/^  en: Elon Musk at X Takeover 2025, by video link$/m, `  en: ${yamlPayload}`),
      [
        ['content/data/sources.yaml', (t) => t.replace(/^(- id: [^\n]+\n  title: ).*$/m, `$1${yamlPayload}`)],
        ['content/annotations/x-takeover-2025/editorial.yaml', (t) => `${t.trimEnd()}\n  - id: hostile-note\n    segments: [supersonic-tsunami]\n    kind: context\n    title: { en: ${yamlPayload}, zh-Hant: ${yamlPayload} }\n    body: { en: ${yamlPayload}, zh-Hant: ${yamlPayload} }\n`],
      ],
      (out) => {
        for (const p of ['transcripts/x-takeover-2025/index.html', 'transcripts/x-takeover-2025/supersonic-tsunami/index.html', 'sources/index.html', 'index.html']) pages[p] = readFileSync(join(out, p), 'utf8');
        exported = readFileSync(join(out, 'transcripts/x-takeover-2025.json'), 'utf8');
        expect(readdirSync(out).length).toBeGreaterThan(3);
      },
    );
    expect(r.status, r.output.slice(-2000)).toBe(0);
    expect(r.output).toMatch(/\d+ page\(s\) built in/);
    for (const [path, html] of Object.entries(pages)) {
      const $ = cheerio.load(html);
      expect($('img[onerror]').length, path).toBe(0);
      expect($('script').filter((_, el) => $(el).text().includes('alert(')).filter((_, el) => $(el).attr('type') !== 'application/ld+json').length, path).toBe(0);
      expect($('body').text(), path).toContain(payload); // shown to the reader as the literal text
    }
    // The note's title, on its closed summary, is the literal text.
    expect(cheerio.load(pages['transcripts/x-takeover-2025/index.html']!)('#note-hostile-note > summary .note-gist').text()).toBe(payload);
    // The segment page's JSON-LD names the transcript: the hostile title is data there, escaped.
    const ld = cheerio.load(pages['transcripts/x-takeover-2025/supersonic-tsunami/index.html']!)('script[type="application/ld+json"]').text();
    expect(ld).not.toMatch(/<\/?script|<img/i);
    expect(JSON.parse(ld)['@graph'][0].isPartOf.name).toContainEqual({ '@value': payload, '@language': 'en' });
    expect(JSON.parse(exported).title.en).toBe(payload);
  });
});

describe('renaming a published segment id', () => {
  const rename = (t: string) => t.replace(/(?<![\w-])supersonic-tsunami(?![\w-])/g, 'supersonic-tsunami-of-ai');
  const registry = 'content/ids/x-takeover-2025.json';
  // Notes that point at the segment follow it to its new id (the files that name it: the notes moved between files in the merges).
  const notes: [string, (t: string) => string][] = readdirSync(join(root, 'content/annotations/x-takeover-2025'))
    .map((f) => `content/annotations/x-takeover-2025/${f}`)
    .filter((f) => { const t = readFileSync(join(root, f), 'utf8'); return rename(t) !== t; })
    .map((f) => [f, rename]);
  it('some notes name the segment, so the rename is carried through them', () => {
    expect(notes.length).toBeGreaterThan(0);
  });

  it('fails the build when the old id has no redirect, naming the registry and the id', () => {
    const r = buildWith(transcript, rename, notes);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/ids\/x-takeover-2025\.json:\d+:\d+ \[supersonic-tsunami\] published segment id \"supersonic-tsunami\" is no longer in/);
  });

  it('with a redirect (and the new id registered), the old permalink becomes a redirect page and a _redirects line', () => {
    let oldPage = '';
    let zhOldPage = '';
    let redirects = '';
    const r = buildWith(
      transcript,
      rename,
      [...notes, [registry, (t) => {
        const reg = JSON.parse(t) as { ids: string[]; redirects?: Record<string, string> };
        return JSON.stringify({ ...reg, ids: [...reg.ids, 'supersonic-tsunami-of-ai'], redirects: { ...reg.redirects, 'supersonic-tsunami': 'supersonic-tsunami-of-ai' } });
      }]],
      (out) => {
        oldPage = readFileSync(join(out, 'transcripts/x-takeover-2025/supersonic-tsunami/index.html'), 'utf8');
        zhOldPage = readFileSync(join(out, 'zh-hant/transcripts/x-takeover-2025/supersonic-tsunami/index.html'), 'utf8');
        redirects = readFileSync(join(out, '_redirects'), 'utf8');
      },
    );
    expect(r.status, r.output.slice(-1500)).toBe(0);
    const $ = cheerio.load(oldPage);
    expect($('meta[http-equiv="refresh"]').attr('content')).toMatch(/url=.*\/transcripts\/x-takeover-2025\/supersonic-tsunami-of-ai\/$/);
    expect($('link[rel="canonical"]').attr('href')).toMatch(/\/supersonic-tsunami-of-ai\/$/);
    expect($('a[href$="/supersonic-tsunami-of-ai/"]').length).toBeGreaterThan(0);
    expect(cheerio.load(zhOldPage)('meta[http-equiv="refresh"]').attr('content')).toMatch(/\/zh-hant\/transcripts\/x-takeover-2025\/supersonic-tsunami-of-ai\/$/);
    expect(redirects).toMatch(/^\/transcripts\/x-takeover-2025\/supersonic-tsunami\/? +\/transcripts\/x-takeover-2025\/supersonic-tsunami-of-ai\/ +301$/m);
  });
});

describe('a published text changed without a corrections-log entry', () => {
  // Three published texts edited in one copy: a Chinese text, an English translation and a verdict.
  const zhEdit = (t: string) => t.replace(/(<Segment id="supersonic-tsunami"[^>]*>\s*<Original>)/, '$1（測試）');
  const enEdit = (t: string) => t.replace(/(<Segment id="never-seen-tech-advance-so-fast"[^>]*>\s*<Original>[^<]*<\/Original>\s*<Translation>)/, '$1Test: ');
  const verdictEdit = (t: string) => t.replace(/(- id: event-date-time-bay-area-check\n(?:(?!  - id:)[\s\S])*?verdict: )([a-z-]+)/, (_, head: string, v: string) => `${head}${v === 'unverified' ? 'inaccurate' : 'unverified'}`);
  const how = 'add an entry to content/corrections.yaml (docs/authoring/corrections.md, "Correcting published text"), then run npm run corrections:update';
  // Where the message points: path:line:col of the segment's element or the note's list item (the edits keep the lines).
  const at = (file: string, needle: string) => {
    const text = readFileSync(join(root, file), 'utf8');
    const lines = text.slice(0, text.indexOf(needle)).split('\n');
    return `${file}:${lines.length}:${lines.at(-1)!.length + 1}`;
  };

  it('fails the build with one line per changed text, naming the file, the id, the field and how to log it', () => {
    const r = buildWith(transcript, (t) => enEdit(zhEdit(t)), [[narratorChecks, verdictEdit]]);
    expect(r.status).not.toBe(0);
    const lines = r.output.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim());
    expect(lines).toContain(`${at(transcript, '<Segment id="supersonic-tsunami"')} [supersonic-tsunami] the Chinese text changed since it was published, and no correction entry names it — ${how} (field: original, segments: [supersonic-tsunami])`);
    expect(lines).toContain(`${at(transcript, '<Segment id="never-seen-tech-advance-so-fast"')} [never-seen-tech-advance-so-fast] the English changed since it was published, and no correction entry names it — ${how} (field: translation, segments: [never-seen-tech-advance-so-fast])`);
    // The changed Chinese is no longer the source text either; the line points at the changed character.
    expect(lines).toContain(`${at(transcript, '這不是進步,這就像')} [supersonic-tsunami] “（測試）這不是進步,這就像一場“超音速海嘯”。” is not in the source text (${sourceText}) — the original column publishes only the source text: remove this segment, or correct the source-text file if it is the file that is wrong`);
    expect(lines).toContain(`${at(narratorChecks, '- id: event-date-time-bay-area-check')} [event-date-time-bay-area-check] the verdict changed since it was published, and no correction entry names it — ${how} (field: verdict, annotations: [event-date-time-bay-area-check])`);
  });

  it('builds when entries log the three changes, and shows them on the segments, the log page, its feed and the export', () => {
    const out: Record<string, string> = {};
    const read = (dir: string, p: string) => (out[p] = readFileSync(join(dir, p), 'utf8'));
    const r = buildWith(
      transcript,
      (t) => enEdit(zhEdit(t)),
      // A logged change of the original is a change of the source text too (the report itself was corrected).
      [[narratorChecks, verdictEdit], [sourceText, (t) => t.replace('這不是進步,這就像', '（測試）這不是進步,這就像')], ['content/corrections.yaml', () => readFileSync(join(root, 'tests/fixtures/corrections/logged-changes.yaml'), 'utf8')]],
      (dir) => {
        for (const p of ['transcripts/x-takeover-2025/index.html', 'zh-hant/transcripts/x-takeover-2025/supersonic-tsunami/index.html', 'corrections/index.html', 'zh-hant/corrections/index.html', 'corrections/feed.xml', 'transcripts/x-takeover-2025.json']) read(dir, p);
      },
    );
    expect(r.status, r.output.slice(-2000)).toBe(0);
    const page = cheerio.load(out['transcripts/x-takeover-2025/index.html']!);
    expect(page('#supersonic-tsunami .corrected a').attr('href')).toBe('/corrections/#test-fix-supersonic-original');
    expect(page('#supersonic-tsunami .corrected').text()).toBe('Clarified on 2026-12-05');
    expect(page('#never-seen-tech-advance-so-fast .corrected').text()).toBe('Corrected on 2026-12-06');
    // A changed verdict marks the segment its fact-check is on.
    expect(page('#event-date-time-bay-area .corrected a').attr('href')).toBe('/corrections/#test-fix-event-date-verdict');
    expect(page('.seg .corrected').length).toBe(3);
    const zhSegment = cheerio.load(out['zh-hant/transcripts/x-takeover-2025/supersonic-tsunami/index.html']!);
    expect(zhSegment('.corrected a').attr('href')).toBe('/zh-hant/corrections/#test-fix-supersonic-original');
    expect(zhSegment('.corrected').text()).toBe('2026-12-05 釐清');
    const log = cheerio.load(out['corrections/index.html']!);
    expect(log('li[data-correction]').map((_, el) => log(el).attr('id')).get()).toEqual(['test-fix-never-seen-translation', 'test-fix-supersonic-original', 'test-fix-event-date-verdict']);
    expect(log('#test-fix-never-seen-translation a[href="/transcripts/x-takeover-2025/never-seen-tech-advance-so-fast/"]').length).toBe(1);
    expect(cheerio.load(out['zh-hant/corrections/index.html']!)('#test-fix-supersonic-original .correction-why').text()).toBe('測試用的虛構條目：記錄測試對中文原文的修改。');
    expect(cheerio.load(out['corrections/feed.xml']!, { xml: true })('item').length).toBe(3);
    const exported = JSON.parse(out['transcripts/x-takeover-2025.json']!) as { corrections: { id: string; field: string }[] };
    expect(exported.corrections.map((c) => [c.id, c.field])).toEqual([['test-fix-never-seen-translation', 'translation'], ['test-fix-supersonic-original', 'original'], ['test-fix-event-date-verdict', 'verdict']]);
  }, 180_000); // a whole build that succeeds: more than a minute on two busy cores
});
