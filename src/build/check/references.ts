/**
 * The cross-references between collections, checked with the same code the build uses
 * (src/lib/assemble.ts, src/lib/id-registry.ts): transcripts, their annotations and id registries,
 * the prediction ledger, and ids across the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectTranscript, siteWideIdProblems, type Transcript } from '../../lib/assemble';
import { parseRegistry, registryIssues, registryPath, UPDATE_COMMAND, IdRegistryError } from '../../lib/id-registry';
import type { Problem } from '../../lib/problem';
import { readTranscriptBody } from '../../lib/transcript-body';
import { annotationSchema, type Annotation } from '../../schemas/annotation';
import type { Prediction } from '../../schemas/prediction';
import type { Source } from '../../schemas/source';
import type { Speaker } from '../../schemas/speaker';
import type { TranscriptMeta } from '../../schemas/transcript';
import type { Entry } from './collections';
import { newerRank } from './newer';
import type { Correction } from '../../schemas/correction';
import { CORRECTIONS_FILE, type CorrectionTargets } from '../../lib/corrections';
import { textOf } from '../../data/published';
import { textGuardProblems } from '../../data/text-guards';

/**
 * Every entry by collection, with its data (as the schema gave it back when `ok`). Entries that
 * failed their schema still count as existing ids, so that one bad source is one problem, not
 * one more for every note that cites it.
 */
export type Valid = Map<string, { entry: Entry; data: unknown; ok: boolean }[]>;

/** Where a text stands in a JSON file: the first `"text"` after `after` (for registry ids). */
function jsonPos(text: string, needle: string, after = 0) {
  const i = text.indexOf(`"${needle}"`, after);
  if (i < 0) return { line: 1, col: 1 };
  const before = text.slice(0, i).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

/** A registry's problems, with positions: ids in the registry file, unregistered ids in the transcript. */
function registryProblems(root: string, t: Transcript): Problem[] {
  const file = registryPath(t.meta.slug);
  if (!existsSync(join(root, file))) return [{ file: t.file, line: 1, col: 1, problem: `${file} is missing: the registry of this transcript's published ids`, fix: `run \`${UPDATE_COMMAND}\` and commit it` }];
  const text = readFileSync(join(root, file), 'utf8');
  let issues: IdRegistryError[];
  try {
    const registry = parseRegistry(JSON.parse(text), file);
    issues = registryIssues(registry, t.segments.map((s) => s.id), file, t.file).issues;
    if (registry.slug !== t.meta.slug) issues.push(new IdRegistryError(file, undefined, `"slug" is "${registry.slug}"`, `write "slug": "${t.meta.slug}"`));
  } catch (e) {
    const err = e as Error;
    return [{ file, line: 1, col: 1, problem: err instanceof IdRegistryError ? err.problem : `is not valid JSON (${err.message})`, fix: `restore it from git, or run \`${UPDATE_COMMAND}\`` }];
  }
  const redirectsAt = text.indexOf('"redirects"');
  return issues.map((i) => {
    const inTranscript = i.file === t.file;
    const pos = inTranscript ? t.positions.get(i.where ?? '') : jsonPos(text, i.where ?? 'slug', i.problem.includes('redirect') && redirectsAt > 0 ? redirectsAt : 0);
    return { file: i.file, ...pos, id: i.where, problem: i.problem, fix: i.fix ?? 'see docs/authoring/corrections.md, "Renaming or splitting a segment"' };
  });
}

/** Every cross-reference problem of the site. */
export function referenceProblems(root: string, valid: Valid): Problem[] {
  const problems: Problem[] = [];
  const all = <T>(name: string) => (valid.get(name) ?? []).map((v) => ({ entry: v.entry, data: v.data as T }));
  const items = <T>(name: string) => (valid.get(name) ?? []).filter((v) => v.ok).map((v) => ({ entry: v.entry, data: v.data as T }));
  const speakers = new Map(all<Speaker>('speakers').map((s) => [s.entry.id, s.data]));
  const sources = new Map(all<Source>('sources').map((s) => [s.entry.id, s.data]));
  // A notes file that fails its schema still has its valid notes checked.
  const annotationEntries = (valid.get('annotations') ?? []).map(({ entry, data, ok }): { entry: Entry; data: { annotations: Annotation[]; indexes?: number[]; invalidIds?: string[] } } => {
    if (ok) return { entry, data: data as { annotations: Annotation[] } };
    const raw = (data as { annotations?: unknown }).annotations;
    const list: unknown[] = Array.isArray(raw) ? raw : [];
    const kept = list.flatMap((a, i) => {
      const parsed = annotationSchema.safeParse(a);
      return parsed.success ? [[parsed.data, i] as const] : [];
    });
    const invalidIds = list.flatMap((a, i) => {
      const id = (a as { id?: unknown } | null)?.id;
      return typeof id === 'string' && !kept.some(([, k]) => k === i) ? [id] : [];
    });
    return { entry, data: { annotations: kept.map(([a]) => a), indexes: kept.map(([, i]) => i), invalidIds } };
  });

  // Duplicate ids within a data file: reported at the later (newer) item, naming the first.
  for (const name of valid.keys()) {
    const first = new Map<string, Entry>();
    for (const { entry } of valid.get(name)!) {
      if (entry.at.length === 0) continue;
      const other = first.get(entry.id);
      if (!other) first.set(entry.id, entry);
      else {
        const p = other.yaml.posOf(other.at);
        problems.push({ file: entry.file, ...entry.yaml.posOf([...entry.at, 'id']), id: entry.id, problem: `duplicate id: already used at ${other.file}:${p.line}:${p.col}`, fix: 'give this item another id, or remove the copy' });
      }
    }
  }

  const transcripts: Transcript[] = [];
  for (const { entry, ok } of valid.get('transcripts') ?? []) {
    // With a broken frontmatter, the body is still checked on its own.
    if (!ok && entry.body) problems.push(...readTranscriptBody(entry.body.text, entry.file, entry.body.lineOffset).problems);
  }
  for (const { entry, data } of items<TranscriptMeta>('transcripts')) {
    const annotationFiles = annotationEntries
      .filter((a) => a.entry.id.startsWith(`${entry.id}/`))
      .sort((a, b) => a.entry.id.localeCompare(b.entry.id))
      .map((a) => ({ file: a.entry.file, annotations: a.data.annotations, indexes: a.data.indexes, invalidIds: a.data.invalidIds }));
    const { transcript, problems: found } = collectTranscript({ meta: data, file: entry.file, body: entry.body?.text ?? '', speakers, sources, annotationFiles, lineOffset: entry.body?.lineOffset ?? 0 });
    problems.push(...found);
    transcripts.push(transcript);
    problems.push(...registryProblems(root, transcript));
  }
  const slugs = new Set(transcripts.map((t) => t.meta.slug));
  for (const a of annotationEntries) {
    const slug = a.entry.id.split('/')[0]!;
    if (!slugs.has(slug)) problems.push({ file: a.entry.file, line: 1, col: 1, problem: `no transcript "${slug}" for these annotations`, fix: 'put the file in content/annotations/<transcript slug>/' });
  }
  problems.push(...siteWideIdProblems(transcripts, newerRank(root, transcripts.map((t) => t.file))));

  // The source texts, the corrections log and the published-text guard: the build's own checks (src/data/text-guards.ts).
  const log = items<Correction>('corrections').map((c) => c.data);
  const rawNotes = (slug: string) => (valid.get('annotations') ?? [])
    .filter(({ entry }) => entry.id.startsWith(`${slug}/`))
    .flatMap(({ data }) => {
      const raw = (data as { annotations?: unknown } | undefined)?.annotations;
      return (Array.isArray(raw) ? raw : []).flatMap((a: { id?: unknown; segments?: unknown }) => (a && typeof a.id === 'string'
        ? [{ id: a.id, segments: Array.isArray(a.segments) ? a.segments.filter((s): s is string => typeof s === 'string') : [] }]
        : []));
    });
  const targets: CorrectionTargets = {
    // Every note in the files, also one that failed its schema (reported already): a correction naming it is no new problem.
    transcripts: new Map(transcripts.map((t) => [t.meta.slug, { segments: t.segments.map((s) => s.id), annotations: [...t.annotations, ...rawNotes(t.meta.slug).filter((n) => !t.annotations.some((a) => a.id === n.id))] }])),
    sourceIds: new Set(sources.keys()),
  };
  const annotationFile = (slug: string) => new Map(annotationEntries.filter((a) => a.entry.id.startsWith(`${slug}/`)).flatMap((a) => a.data.annotations.map((n) => [n.id, a.entry.file] as const)));
  problems.push(...textGuardProblems(transcripts, log, targets, annotationFile, textOf(join(root, CORRECTIONS_FILE))));

  const segmentIds = new Set(transcripts.flatMap((t) => t.segments.map((s) => s.id)));
  // Every ledger row, also one that failed its schema: its references are checked all the same.
  for (const { entry, data: p } of all<Partial<Prediction>>('predictions')) {
    const here = (path: (string | number)[], problem: string, fix: string) => problems.push({ file: entry.file, path: [...entry.at, ...path], id: entry.id, problem, fix });
    if (typeof p.claimant === 'string' && !speakers.has(p.claimant) && !p.claimantLabel) here(['claimant'], `unknown claimant "${p.claimant}"`, 'use a speaker id from content/data/speakers.yaml, or add claimantLabel: { en: …, zh-Hant: … } for a company or other claimant');
    (Array.isArray(p.segments) ? p.segments : []).forEach((s, i) => {
      if (!segmentIds.has(s)) here(['segments', i], `unknown segment "${s}"`, 'use the id of a <Segment> in a transcript');
    });
    (Array.isArray(p.sources) ? p.sources : []).forEach((s, i) => {
      if (!sources.has(s)) here(['sources', i], `unknown source "${s}"`, 'use an id from content/data/sources.yaml, or add the source there');
    });
  }
  return problems;
}
