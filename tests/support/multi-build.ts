/**
 * The multi-transcript test build: the project copied to a temporary folder with three more,
 * fictional transcripts (tests/fixtures/multi-transcript: Chinese, Spanish and Japanese originals,
 * other speakers, notes, a prediction, id registries and recordings made at test time) and a third
 * interface language, the pseudo-locale en-XA (tests/fixtures/pseudo-locale.ts), added as
 * docs/interface-languages.md says: one strings file and one line in src/lib/locales.ts. Built
 * through the real pipeline (astro build, the search index, the headers file). Built once and reused: the folder's name is a hash of everything
 * the build reads, so every test file (and every later run with the same sources) shares one build;
 * a lock keeps two test files from building it at the same time.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { audioTools, writeRecording } from './recording.ts';
import { PSEUDO_PATH, pseudoStringsFile, withPseudoLocale } from '../fixtures/pseudo-locale.ts';

const root = process.cwd();
export const fixtureDir = join(root, 'tests/fixtures/multi-transcript');
const pseudoFixture = join(root, 'tests/fixtures/pseudo-locale.ts');
/** The fixture transcript's slug (Chinese original, English translation, with a recording). */
export const secondSlug = 'harbour-library-2026';
/** A fixture transcript with a Spanish original and an English translation, with a recording. */
export const spanishSlug = 'mercado-nocturno-2026';
/** A fixture transcript with a Japanese original and an English translation, without a recording. */
export const japaneseSlug = 'noborigama-2026';
/** The fixture's transcripts. */
export const fixtureSlugs = [secondSlug, spanishSlug, japaneseSlug] as const;
/** The espeak-ng voice that reads an original language (espeak-ng names Mandarin `cmn`). */
const VOICES: Record<string, string> = { 'zh-Hant': 'cmn', es: 'es', ja: 'ja' };
/** What the build copies from the project. */
const COPIED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Per clone: each project folder replaces only its own earlier builds. */
const PREFIX = `interlinear-multi-${createHash('sha256').update(root).digest('hex').slice(0, 8)}-`;

export interface MultiBuild {
  /** The built site. */
  dist: string;
  /** Why the recording is missing (espeak-ng or sox not installed), or undefined when it was made. */
  noRecording: string | undefined;
}

const files = (p: string): string[] => (statSync(p).isDirectory() ? readdirSync(p).sort().flatMap((e) => files(join(p, e))) : [p]);

/** A hash of every file the build reads, so that a changed source never reuses an old build. */
function sourcesKey(): string {
  const h = createHash('sha256');
  for (const p of [...COPIED.map((c) => join(root, c)), fixtureDir, pseudoFixture, join(root, 'tests/support/multi-build.ts'), join(root, 'tests/support/recording.ts')]) {
    if (!existsSync(p)) continue;
    for (const f of files(p)) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

function step(dir: string, args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 300_000 });
  if (r.status !== 0) throw new Error(`multi-transcript build: ${args.join(' ')} failed:\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`);
}

/** A fixture transcript's timed original texts in reading order (what the recording speaks). */
function timedTexts(mdx: string): string[] {
  return [...mdx.matchAll(/<Segment [^>]*start="[\d.]+"[^>]*>\s*<Original>([^<]+)<\/Original>/g)].map((m) => m[1]!);
}

function build(dir: string): MultiBuild {
  for (const p of COPIED) if (existsSync(join(root, p))) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(fixtureDir, 'content'), join(dir, 'content'), { recursive: true });
  for (const f of readdirSync(join(fixtureDir, 'append'))) appendFileSync(join(dir, 'content/data', f), readFileSync(join(fixtureDir, 'append', f)));
  // A third interface language: its strings file and its line in the list, nothing else.
  const stringsDir = join(dir, 'src/lib/strings');
  writeFileSync(join(stringsDir, `${PSEUDO_PATH}.ts`), pseudoStringsFile(relative(stringsDir, pseudoFixture)));
  const localesTs = join(dir, 'src/lib/locales.ts');
  writeFileSync(localesTs, withPseudoLocale(readFileSync(localesTs, 'utf8')));
  const noRecording = audioTools();
  if (!noRecording) {
    mkdirSync(join(dir, 'public/media'), { recursive: true });
    // Each fixture transcript that names a recording gets one, read in its original's language.
    for (const slug of fixtureSlugs) {
      const mdx = readFileSync(join(fixtureDir, `content/transcripts/${slug}.mdx`), 'utf8');
      if (!mdx.includes(`url: /media/${slug}.wav`)) continue;
      const language = /^originalLanguage: (\S+)$/m.exec(mdx)![1]!;
      writeRecording(join(dir, `public/media/${slug}.wav`), timedTexts(mdx), { voice: VOICES[language] ?? language });
    }
  }
  step(dir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
  step(dir, ['scripts/build-search-index.mjs']);
  step(dir, ['scripts/write-headers.mjs']);
  return { dist: join(dir, 'dist'), noRecording };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The multi-transcript build, made now or reused. */
export async function multiBuild(): Promise<MultiBuild> {
  const dir = join(tmpdir(), `${PREFIX}${sourcesKey()}`);
  const done = join(dir, 'build.json');
  const lock = `${dir}.lock`;
  for (let waited = 0; !existsSync(done); waited += 1) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building it; a lock older than 10 minutes was left by a killed run.
      if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      if (waited > 600) throw new Error(`multi-transcript build: still locked by ${lock} after 5 minutes`);
      await sleep(500);
      continue;
    }
    try {
      if (existsSync(done)) break;
      // Earlier builds of other sources are of no further use.
      for (const old of readdirSync(tmpdir())) if (old.startsWith(PREFIX) && !old.endsWith('.lock')) rmSync(join(tmpdir(), old), { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const result = build(dir);
      writeFileSync(done, JSON.stringify(result));
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return JSON.parse(readFileSync(done, 'utf8')) as MultiBuild;
}

/** Readers of the multi-transcript build's files (`dist` is read when called, once the build exists): the text, the parsed page, the JSON. */
export function builtFiles(dist: () => string) {
  const file = (p: string) => {
    const f = join(dist(), p === '' || p.endsWith('/') ? `${p}index.html` : p);
    if (!existsSync(f)) throw new Error(`${p} is not in the multi-transcript build`);
    return readFileSync(f, 'utf8');
  };
  return { file, page: (p: string) => cheerio.load(file(p)), json: (p: string) => JSON.parse(file(p)) };
}
