// Imports an interview from text or subtitle files into content/: the transcript, its source text,
// new speakers, an empty annotations file and the id registry. Usage and rules: docs/authoring/import.md
// and docs/authoring/first-interview.md. The logic is src/lib/import/ (loaded with Node's type stripping).
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkOptions, USAGE } from '../src/lib/import/options.ts';
import { importTranscript } from '../src/lib/import/import.ts';
import { ImportError, formatProblem } from '../src/lib/import/blocks.ts';
import { pageIdClash } from '../src/lib/page-ids.ts';
import { parseRegistry, registryPath, serializeRegistry, updateRegistry } from '../src/lib/id-registry.ts';
import { readSite, readTranscriptItems } from './lib/site-content.mjs';

const root = new URL('..', import.meta.url);
const at = (p) => new URL(p, root);
// npm runs scripts from the project folder; the author's paths are relative to where they typed the command.
const here = process.env.INIT_CWD ?? process.cwd();

function fail(problems) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    slug: { type: 'string' }, original: { type: 'string' }, 'original-lang': { type: 'string' }, translation: { type: 'string' },
    'translation-lang': { type: 'string' }, 'title-original': { type: 'string' }, 'title-translation': { type: 'string' },
    date: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean' },
  },
  strict: false,
  allowPositionals: true,
});
if (values.help) {
  console.log(`usage: ${USAGE} [--title-original "…" --title-translation "…"] [--force]`);
  process.exit(0);
}
const { options, problems } = checkOptions(values);
if (!options) fail(problems);

const read = (file) => {
  const path = resolve(here, file);
  if (!existsSync(path)) fail([{ file, problem: 'file not found', fix: `check the path (relative to ${here})` }]);
  return { file, text: readFileSync(path, 'utf8') };
};
const original = read(options.original);
const translation = read(options.translation);

const transcriptFile = `content/transcripts/${options.slug}.mdx`;
const exists = existsSync(at(transcriptFile));
if (exists && !options.force) {
  fail([{ file: transcriptFile, problem: 'already exists: the import does not overwrite a transcript', fix: 'choose another --slug, or add --force to replace it (segments whose original text is unchanged keep their ids)' }]);
}

const site = readSite(root, options.slug);
const regFile = registryPath(options.slug);
const registry = existsSync(at(regFile)) ? parseRegistry(JSON.parse(readFileSync(at(regFile), 'utf8')), regFile) : undefined;
let previous;
try {
  previous = exists && options.force ? readTranscriptItems(readFileSync(at(transcriptFile), 'utf8')) : undefined;
} catch (err) {
  const where = err.line ? `:${err.line}:${err.column ?? 1}` : '';
  fail([{ file: `${transcriptFile}${where}`, problem: `cannot be read to keep its ids (${err.reason ?? err.message})`, fix: 'correct it (npm run check says where), or delete it and import again' }]);
}

let result;
try {
  result = importTranscript({
    slug: options.slug, original, translation, originalLang: options.originalLang, translationLang: options.translationLang,
    titleOriginal: options.titleOriginal, titleTranslation: options.titleTranslation, date: options.date,
    speakers: site.speakers, takenIds: new Set([...site.ids, ...(registry?.ids ?? [])]), previous,
    allowed: (id) => !pageIdClash(id),
  });
} catch (err) {
  if (err instanceof ImportError) fail(err.problems);
  fail([{ file: 'npm run import', problem: `stopped on an unexpected error: ${err.message}`, fix: 'nothing was written; please report this with the command you ran' }]);
}

// The source text: written as <slug>.txt, never over a different one without --force, and never beside another file the check would read instead.
const sourceDir = 'content/source-texts';
const sourceFile = `${sourceDir}/${options.slug}.txt`;
const otherSource = existsSync(at(`${sourceDir}/`)) ? readdirSync(at(`${sourceDir}/`)).find((f) => f.startsWith(`${options.slug}.`) && f !== `${options.slug}.txt`) : undefined;
if (otherSource) {
  fail([{ file: `${sourceDir}/${otherSource}`, problem: `is already the source text of ${options.slug}, and the import writes ${sourceFile}`, fix: 'remove or rename that file, then import again (nothing was written)' }]);
}
if (existsSync(at(sourceFile)) && readFileSync(at(sourceFile), 'utf8') !== result.sourceText && !options.force) {
  fail([{ file: sourceFile, problem: `already holds a different source text: the import does not overwrite it`, fix: `add --force to replace it with the text of ${options.original}, or remove it (nothing was written)` }]);
}

/** Writes a file only when its content changes, so that re-running leaves every file untouched. */
function put(file, text) {
  const url = at(file);
  if (existsSync(url) && readFileSync(url, 'utf8') === text) return;
  mkdirSync(new URL('.', url), { recursive: true });
  writeFileSync(url, text);
  console.log(`wrote ${file}`);
}

put(transcriptFile, result.mdx);
put(sourceFile, result.sourceText);
if (result.speakersYaml) {
  const current = readFileSync(at('content/data/speakers.yaml'), 'utf8');
  put('content/data/speakers.yaml', `${current.replace(/\n*$/, '\n')}${result.speakersYaml}`);
}
const notes = `content/annotations/${options.slug}/notes.yaml`;
if (!existsSync(at(notes))) put(notes, '# Notes on this transcript: fact-checks, translation notes, context. Format: docs/authoring/notes-and-fact-checks.md, "Annotations".\nannotations: []\n');
const updated = updateRegistry(registry, options.slug, result.segmentIds);
put(regFile, serializeRegistry(updated.registry));

console.log(`${transcriptFile}: ${result.segmentIds.length} segments, ${result.newSpeakers.length} new speaker(s). Next: fill in every TODO(import) (npm run check lists them), then npm run build.`);
for (const id of updated.missing) {
  console.error(`${regFile} [${id}] this id was registered but the new import has no such segment — if it was never published, delete it from "ids"; if it was, add "redirects": { "${id}": "<id of its successor>" } (docs/authoring/corrections.md, "Renaming or splitting a segment")`);
}
process.exit(updated.missing.length ? 1 : 0);
