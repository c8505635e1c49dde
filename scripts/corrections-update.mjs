// Records the published text after a logged correction: the digests of each segment's Chinese and
// English and of each verdict go to content/ids/<slug>.published.json, and the entries of
// content/corrections.yaml are marked applied. Refuses while a changed text has no entry.
// Usage: npm run corrections:update. Rules: src/lib/published.ts. Guide: docs/authoring/corrections.md.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { parse as parseYamlText } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module: m } = await runnerImport(`${root}scripts/corrections-modules.ts`, { configFile: false, root, logLevel: 'error' });
const read = (file) => readFileSync(`${root}${file}`, 'utf8');
const problems = [];

/** Parses a YAML file of the content, one line per problem (the build reports the same ones in more detail). */
function parseYaml(file, schema) {
  let data;
  try {
    data = parseYamlText(read(file));
  } catch (e) {
    problems.push(`${file}${e.linePos ? `:${e.linePos[0].line}:${e.linePos[0].col}` : ''} is not valid YAML (${e.message.split('\n')[0]}) — fix it, then run this again`);
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) for (const issue of parsed.error.issues) { const d = m.describeIssue(issue, data); problems.push(`${file}${d.id ? ` [${d.id}]` : ''} ${d.problem} — ${d.fix}`); }
  return parsed.success ? parsed.data : undefined;
}

const logFile = 'content/corrections.yaml';
const log = existsSync(`${root}${logFile}`) ? (parseYaml(logFile, m.correctionSchema.array()) ?? []) : [];
const updates = [];
for (const name of readdirSync(`${root}content/transcripts`).filter((f) => f.endsWith('.mdx')).sort()) {
  const slug = name.replace(/\.mdx$/, '');
  const file = `content/transcripts/${name}`;
  let segments;
  const mdx = read(file);
  try {
    // The body as the build reads it: everything after the frontmatter.
    segments = m.parseTranscriptBody(mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, ''), file).flatMap((s) => s.segments);
  } catch (e) {
    problems.push(`${e.message} — fix it, then run this again`);
    continue;
  }
  const annotations = [];
  const dir = `content/annotations/${slug}`;
  for (const f of existsSync(`${root}${dir}`) ? readdirSync(`${root}${dir}`).filter((n) => n.endsWith('.yaml')).sort() : []) {
    const data = parseYaml(`${dir}/${f}`, m.annotationFileSchema);
    const text = read(`${dir}/${f}`);
    for (const a of data?.annotations ?? []) annotations.push({ id: a.id, file: `${dir}/${f}`, verdict: a.verdict, get at() { return m.positionIn(`${dir}/${f}`, text, m.yamlItemAt(a.id)); } });
  }
  // Positions (getters) are looked up only for a changed text.
  const now = { slug, file, segments: segments.map((s) => ({ id: s.id, original: s.original, translation: s.translation, get at() { return m.positionIn(file, mdx, m.segmentAt(s.id)); } })), annotations };
  const path = m.publishedPath(slug);
  let record;
  try {
    record = existsSync(`${root}${path}`) ? m.parsePublished(JSON.parse(read(path)), path) : undefined;
  } catch (e) {
    problems.push(e.message);
    continue;
  }
  if (record) problems.push(...m.guardProblems(record, now, log, m.shortSha256));
  updates.push({ path, ...m.updatePublished(record, now, log, m.shortSha256), created: !record });
}

if (problems.length > 0) {
  console.error(`Nothing was written: ${problems.length} problem(s).`);
  for (const p of problems) console.error(p);
  process.exit(1);
}
for (const { path, record, newlyApplied, created } of updates) {
  writeFileSync(`${root}${path}`, m.serializePublished(record));
  console.log(`${path}: ${created ? 'created' : 'updated'}; ${Object.keys(record.segments).length} segment(s), ${Object.keys(record.verdicts).length} verdict(s) recorded; ${newlyApplied.length ? `entries now applied: ${newlyApplied.join(', ')}` : 'no new entries applied'}`);
}
