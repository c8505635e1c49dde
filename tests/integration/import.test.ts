/**
 * The import command end to end, in a temporary copy of the project (the fictional example must
 * never reach content/): it writes a transcript that builds, refuses to overwrite one, changes
 * nothing when re-run with --force on the same files, and reports misaligned files in one line each.
 * The pairs whose translation is not English come from tests/fixtures/import-pairs (fictional).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { ORIGINAL, TRANSLATION } from '../support/segment-parts';

const root = process.cwd();
const slug = 'kiln-example';
const sourceText = `content/source-texts/${slug}.txt`;
const written = [`content/transcripts/${slug}.mdx`, 'content/data/speakers.yaml', `content/annotations/${slug}/notes.yaml`, `content/ids/${slug}.json`, sourceText];
let dir = '';

const run = (script: string, args: string[]) => {
  const r = spawnSync(process.execPath, [join(dir, 'scripts', script), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir }, timeout: 60_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
};
const importArgs = (original = 'examples/kiln.zh-Hant.vtt', translation = 'examples/kiln.en.vtt', more: string[] = []) => [
  '--slug', slug, '--original', original, '--original-lang', 'zh-Hant', '--translation', translation, '--translation-lang', 'en',
  '--date', '2026-01-31', '--title-original', '山上的窯（虛構示例）', '--title-translation', 'The kiln on the mountain {a fictional example} <1>', ...more,
];
const snapshot = () => written.map((f) => readFileSync(join(dir, f), 'utf8'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'interlinear-import-'));
  for (const p of ['src', 'content', 'public', 'scripts', 'examples', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import', () => {
  it('writes the transcript, the new speakers, an empty notes file and the registry', () => {
    const speakersBefore = readFileSync(join(dir, 'content/data/speakers.yaml'), 'utf8');
    const r = run('import.mjs', importArgs());
    expect(r.status, r.err).toBe(0);
    const [mdx, speakers, notes, registry, source] = snapshot();
    expect(source).toContain('因為那裡的土 & 水都好。我常說：「火 > 手」，火比手更懂陶。');
    expect(source).not.toMatch(/-->|<v |&amp;/);
    expect(speakers!.startsWith(speakersBefore)).toBe(true);
    expect(speakers!.slice(speakersBefore.length)).toMatch(/^- id: kiln-example-narrator\n[\s\S]*- id: chen-chih-ming\n[\s\S]*- id: lin-ya-ting\n/);
    expect(notes).toMatch(/^annotations: \[\]$/m);
    expect(JSON.parse(registry!).ids).toHaveLength(5);
    expect(mdx).toContain('<Original>因為那裡的土 &amp; 水都好。我常說：「火 &gt; 手」，火比手更懂陶。學生問我 &#123;秘訣&#125; 是什麼，我就畫一個 &lt;笑臉&gt; 🙂。</Original>');
  });

  it('refuses to overwrite a transcript without --force, and changes nothing', () => {
    const before = snapshot();
    const r = run('import.mjs', importArgs());
    expect(r.status).toBe(1);
    expect(r.err.trim()).toBe(`content/transcripts/${slug}.mdx already exists: the import does not overwrite a transcript — choose another --slug, or add --force to replace it (segments whose original text is unchanged keep their ids)`);
    expect(snapshot()).toEqual(before);
  });

  it('re-run with --force on the same files, it leaves every file byte-identical', () => {
    const before = snapshot();
    const r = run('import.mjs', importArgs(undefined, undefined, ['--force']));
    expect(r.status, r.err).toBe(0);
    expect(r.out).not.toMatch(/^wrote /m);
    expect(snapshot()).toEqual(before);
  });

  it('a translation missing a cue: one line naming both files, nothing written', () => {
    const before = snapshot();
    const short = readFileSync(join(dir, 'examples/kiln.en.vtt'), 'utf8').replace(/\n00:00:31\.000 --> [^\n]*\n[^\n]*\n$/, '');
    writeFileSync(join(dir, 'examples/short.en.vtt'), short);
    const r = run('import.mjs', importArgs(undefined, 'examples/short.en.vtt', ['--force']));
    expect(r.status).toBe(1);
    expect(r.err.trim()).toBe('examples/kiln.zh-Hant.vtt:28:1 the paragraph starting 00:00:31.000 has no translation: no cue of examples/short.en.vtt overlaps it (nearest: examples/short.en.vtt:24, 00:00:27.000) — add the translated cue at the same time in the translation file');
    expect(snapshot()).toEqual(before);
  });

  it('a second transcript gets ids unique across the site, and reuses the speakers it shares', () => {
    const first = JSON.parse(readFileSync(join(dir, `content/ids/${slug}.json`), 'utf8')).ids as string[];
    const speakersBefore = readFileSync(join(dir, 'content/data/speakers.yaml'), 'utf8');
    const args = importArgs();
    args[1] = 'kiln-again';
    const r = run('import.mjs', args);
    expect(r.status, r.err).toBe(0);
    const second = JSON.parse(readFileSync(join(dir, 'content/ids/kiln-again.json'), 'utf8')).ids as string[];
    expect(second).toHaveLength(first.length);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    expect(readFileSync(join(dir, 'content/data/speakers.yaml'), 'utf8').slice(speakersBefore.length).match(/^- id: .*$/gm)).toEqual(['- id: kiln-again-narrator']);
  });

  it('a Spanish original with an English translation imports with its own tags (any language pair)', () => {
    const r = run('import.mjs', ['--slug', 'mercado-example', '--original', 'examples/mercado.es.vtt', '--original-lang', 'es', '--translation', 'examples/mercado.en.vtt', '--translation-lang', 'en', '--date', '2026-05-09', '--title-translation', 'The night bakery (a fictional example)']);
    expect(r.status, r.err).toBe(0);
    const mdx = readFileSync(join(dir, 'content/transcripts/mercado-example.mdx'), 'utf8');
    expect(mdx).toMatch(/^originalLanguage: es\ntranslationLanguage: en$/m);
    expect(mdx).toMatch(/<Original>Porque el horno (&|&amp;|&#38;) la masa necesitan calma\./);
    expect(readFileSync(join(dir, 'content/source-texts/mercado-example.txt'), 'utf8')).toContain('el pan sabe esperar mejor que nosotros');
  });

  it('pairs whose translation is not English: ids from the English original, else the slug and a number; a re-run with --force writes nothing', () => {
    cpSync(join(root, 'tests/fixtures/import-pairs'), join(dir, 'pairs'), { recursive: true });
    const pair = (name: string, o: string, t: string, ext: string) => ['--slug', name, '--original', `pairs/${name}.${o}.${ext}`, '--original-lang', o, '--translation', `pairs/${name}.${t}.${ext}`, '--translation-lang', t, '--date', '2026-03-14'];
    for (const args of [pair('river-clay', 'en', 'zh-Hant', 'txt'), pair('wood-kiln', 'ja', 'zh-Hant', 'srt')]) {
      const r = run('import.mjs', args);
      expect(r.status, r.err).toBe(0);
      const again = run('import.mjs', [...args, '--force']);
      expect(again.status, again.err).toBe(0);
      expect(again.out).not.toMatch(/^wrote /m);
    }
    const ids = (name: string) => [...readFileSync(join(dir, `content/transcripts/${name}.mdx`), 'utf8').matchAll(/<(?:Section|Segment) id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids('river-clay')).toEqual(['river-clay', 'fictional-interview-written-import', 'river-clay-soft-fire', 'river-clay-3', 'tell-beginner', 'make-hundred-cups-teapot']);
    expect(ids('wood-kiln')).toEqual(['wood-kiln-section-1', 'wood-kiln-1', 'wood-kiln-2', 'wood-kiln-3']);
    expect(JSON.parse(readFileSync(join(dir, 'content/ids/wood-kiln.json'), 'utf8')).ids).toEqual(['wood-kiln-1', 'wood-kiln-2', 'wood-kiln-3']);
  });

  it('npm run check passes the imported transcript as it is: its original column is its source text', () => {
    expect(existsSync(join(dir, sourceText))).toBe(true);
    const r = run('check.mjs', []);
    expect(r.status, r.err).toBe(0);
  });

  it('an edit of the original column after the import is caught against the source text, at its line', () => {
    const file = join(dir, `content/transcripts/${slug}.mdx`);
    const mdx = readFileSync(file, 'utf8');
    writeFileSync(file, mdx.replace('林老師，您的窯在山上', '林老師，您的窯在海邊'));
    const r = run('check.mjs', []);
    writeFileSync(file, mdx);
    expect(r.status).toBe(1);
    const lines = mdx.split('\n');
    const line = lines.findIndex((l) => l.includes('林老師，您的窯在山上'));
    const col = lines[line]!.indexOf('山上') + 1;
    expect(r.err.split('\n')).toContain(`content/transcripts/${slug}.mdx:${line + 1}:${col} [ms-lin-kiln-mountain] “海邊，為什麼選在那裡？” differs from the source text, which has “山上，為什麼選在那裡？ 因為那裡的土 & 水都好…” (content/source-texts/${slug}.txt) — the original column publishes the source text verbatim: copy this passage from the source text again`);
  });

  it('a new import does not replace a different source text already there, and writes nothing', () => {
    const other = 'kiln-source';
    writeFileSync(join(dir, `content/source-texts/${other}.txt`), 'another text\n');
    const args = importArgs().map((a) => (a === slug ? other : a));
    const r = run('import.mjs', args);
    expect(r.status).toBe(1);
    expect(r.err.trim()).toBe(`content/source-texts/${other}.txt already holds a different source text: the import does not overwrite it — add --force to replace it with the text of examples/kiln.zh-Hant.vtt, or remove it (nothing was written)`);
    expect(existsSync(join(dir, `content/transcripts/${other}.mdx`))).toBe(false);
    rmSync(join(dir, `content/source-texts/${other}.txt`));
  });

  it('the imported transcript builds, and the page shows every character as typed', { timeout: 300_000 }, () => {
    const out = join(dir, 'out');
    const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 280_000,
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
    const $ = cheerio.load(readFileSync(join(out, `transcripts/${slug}/index.html`), 'utf8'));
    const text = $('#clay-water-good-often').text();
    expect(text).toContain('學生問我 {秘訣} 是什麼，我就畫一個 <笑臉> 🙂。');
    expect(text).toContain('When students ask me for the {secret}, I draw a <smiley> 🙂.');
    expect($('#take-slowly-israeli-friend').text()).toContain('"לאט לאט"');
    expect(existsSync(join(out, 'transcripts/kiln-again/index.html'))).toBe(true);
    expect($('h1').text()).toContain('The kiln on the mountain {a fictional example} <1>');
    expect($('nav a[href="#kiln-mountain-fictional-example"]').text()).toContain('The kiln on the mountain {a fictional example} <1>');
    const exported = JSON.parse(readFileSync(join(out, `transcripts/${slug}.json`), 'utf8'));
    expect(JSON.stringify(exported)).toContain('the clay & the water there are good. I often say: \\"fire > hands\\"');
    // The Spanish import builds too: its columns say their languages, its export keys them by tag.
    const es = cheerio.load(readFileSync(join(out, 'transcripts/mercado-example/index.html'), 'utf8'));
    expect(es(ORIGINAL).first().closest('[lang]').attr('lang')).toBe('es');
    expect(es(TRANSLATION).first().closest('[lang]').attr('lang')).toBe('en');
    expect(es('label[lang="es"]').text()).toBe('Español');
    const esExport = JSON.parse(readFileSync(join(out, 'transcripts/mercado-example.json'), 'utf8'));
    expect(esExport.originalLanguage).toBe('es');
    expect(Object.keys(esExport.segments[0].text)).toEqual(['es', 'en']);
  });

  it('npm run new starts an empty transcript, and never overwrites one', () => {
    const r = run('new.mjs', ['my-typed-interview']);
    expect(r.status, r.err).toBe(0);
    expect(readFileSync(join(dir, 'content/transcripts/my-typed-interview.mdx'), 'utf8')).toMatch(/^slug: my-typed-interview$[\s\S]*<Segment id="a-few-meaningful-words"/m);
    expect(JSON.parse(readFileSync(join(dir, 'content/ids/my-typed-interview.json'), 'utf8'))).toEqual({ slug: 'my-typed-interview', ids: [], redirects: {} });
    const again = run('new.mjs', ['my-typed-interview']);
    expect(again.status).toBe(1);
    expect(again.err.trim()).toBe('content/transcripts/my-typed-interview.mdx already exists — choose another slug, or edit that file');
    expect(run('new.mjs', ['My Interview']).err.trim()).toBe('npm run new "My Interview" is not one slug — give one, lowercase words joined by hyphens: npm run new -- my-interview');
  });

  it('npm run new takes the language pair, checked as the import checks it', () => {
    const r = run('new.mjs', ['my-typed-pair', '--original-lang', 'ja', '--translation-lang', 'es']);
    expect(r.status, r.err).toBe(0);
    expect(readFileSync(join(dir, 'content/transcripts/my-typed-pair.mdx'), 'utf8')).toMatch(/^originalLanguage: ja\ntranslationLanguage: es$/m);
    const bad = run('new.mjs', ['my-other-pair', '--original-lang', 'ja-jp', '--translation-lang', 'es_ES']);
    expect(bad.status).toBe(1);
    expect(bad.err.trim().split('\n')).toEqual([
      'npm run new --original-lang "ja-jp" is not written the standard way — write ja-JP',
      'npm run new --translation-lang "es_ES" is not a BCP 47 language tag — write a tag such as zh-Hant, en, ja or es (subtags joined by "-")',
    ]);
    expect(existsSync(join(dir, 'content/transcripts/my-other-pair.mdx'))).toBe(false);
  });

  it('--force over a changed original keeps the unchanged ids and says which registered id is gone', () => {
    const edited = readFileSync(join(dir, 'examples/kiln.zh-Hant.vtt'), 'utf8').replace('最後，您想對年輕人說什麼？', '最後，您想對學生說什麼？');
    writeFileSync(join(dir, 'examples/edited.zh-Hant.vtt'), edited);
    const r = run('import.mjs', importArgs('examples/edited.zh-Hant.vtt', undefined, ['--force']));
    expect(r.status).toBe(1);
    expect(r.err.trim()).toBe(`content/ids/${slug}.json [finally-say-young-people] this id was registered but the new import has no such segment — if it was never published, delete it from "ids"; if it was, add "redirects": { "finally-say-young-people": "<id of its successor>" } (docs/authoring/corrections.md, "Renaming or splitting a segment")`);
    const ids = [...readFileSync(join(dir, `content/transcripts/${slug}.mdx`), 'utf8').matchAll(/<Segment id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['interview-fictional-example-trying', 'ms-lin-kiln-mountain', 'clay-water-good-often', expect.stringMatching(/^finally-say-young-people-\d+$/), 'take-slowly-israeli-friend']);
    // --force rewrites the source text too, so the check holds the new original column to the new text.
    expect(readFileSync(join(dir, sourceText), 'utf8')).toContain('最後，您想對學生說什麼？');
    const check = run('check.mjs', []);
    // It still fails on the registered id that is gone (above), but on nothing about the source text.
    expect(`${check.out}${check.err}`).toMatch(/^check: /m);
    expect(check.err.split('\n').filter((l) => /source text/.test(l))).toEqual([]);
  });

  it('the published site holds no fictional example', () => {
    expect(existsSync(join(root, `content/transcripts/${slug}.mdx`))).toBe(false);
    expect(existsSync(join(root, `dist/transcripts/${slug}/index.html`))).toBe(false);
  });
});
