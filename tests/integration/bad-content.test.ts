/**
 * What the real build does with unusual content: hostile text is published as text, and a renamed
 * segment id fails the build (even without `npm run check` before it) or becomes a redirect.
 * Each case copies the project's sources to a temporary folder, changes files and runs astro build.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const transcript = 'content/transcripts/x-takeover-2025.mdx';

function buildWith(file: string, change: (text: string) => string, more: [string, (text: string) => string][] = [], inspect?: (out: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'interlinear-bad-'));
  try {
    for (const p of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      try { cpSync(join(root, p), join(dir, p), { recursive: true }); } catch { /* optional folder */ }
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    for (const [f, c] of [[file, change] as const, ...more]) writeFileSync(join(dir, f), c(readFileSync(join(dir, f), 'utf8')));
    const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'out')], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 120_000,
    });
    if (r.status === 0) inspect?.(join(dir, 'out'));
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Each class of broken content, with the exact line the author sees: tests/integration/check.test.ts.

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
    // The build's log leaves out Astro's line per page (src/integrations/quiet-page-list.ts) and
    // keeps its closing count.
    expect(r.output).toMatch(/\d+ page\(s\) built in/);
    expect(r.output).not.toMatch(/├─ \/transcripts\/x-takeover-2025\//);
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
  // Notes that point at the segment follow it to its new id.
  const notes: [string, (t: string) => string][] = readdirSync(join(root, 'content/annotations/x-takeover-2025')).map((f) => [`content/annotations/x-takeover-2025/${f}`, rename]);

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
