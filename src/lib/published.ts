/**
 * The guard on published text: content/ids/<slug>.published.json records a digest of each
 * segment's original and translation and of each fact-check's verdict as last published, and which
 * corrections-log entries are already applied. A published text may change only when a pending
 * (not yet applied) entry of content/corrections.yaml names that id and field; `npm run
 * corrections:update` then records the new digests and marks the entries applied, so that one
 * entry cannot cover later, silent changes.
 *
 * No runtime imports and no hashing of its own (the caller passes sha256), so that the build and
 * scripts/corrections-update.mjs apply exactly the same rules.
 */

/** The committed file. */
export interface PublishedRecord {
  /** The transcript's slug (the file is content/ids/<slug>.published.json). */
  slug: string;
  /** Segment id → short digests of its original text (`original`) and translation (`translation`) as last published. Never shrinks. */
  segments: Record<string, { original: string; translation: string }>;
  /** Annotation id → short digest of its verdict as last published (fact-checks only). Never shrinks. */
  verdicts: Record<string, string>;
  /** Ids of the corrections-log entries already applied to this transcript; they cover no further change. */
  applied: string[];
}

/** What the guard compares: the transcript as it is now. */
export interface CurrentText {
  slug: string;
  /** The transcript's content file, named in messages. */
  file: string;
  /** `at`: where the segment is (`path:line:col`), named in messages instead of `file` when known. */
  segments: readonly { id: string; original: string; translation: string; at?: string | undefined }[];
  /** Annotations with the file each comes from (and `at`, its position); `verdict` only on fact-checks. */
  annotations: readonly { id: string; file: string; verdict?: string | undefined; at?: string | undefined }[];
}

/** The part of a log entry the guard reads. */
export interface LogEntry {
  id: string;
  transcript?: string | undefined;
  segments: readonly string[];
  annotations: readonly string[];
  field: string;
}

/** A short digest of a text; the build and the script pass sha256 (see `shortSha256` callers). */
export type Hash = (text: string) => string;

export const publishedPath = (slug: string) => `content/ids/${slug}.published.json`;
export const CORRECTIONS_UPDATE = 'npm run corrections:update';
const HOW_TO_LOG = `add an entry to content/corrections.yaml (docs/authoring/corrections.md, "Correcting published text"), then run ${CORRECTIONS_UPDATE}`;

/** Validates the JSON of a published-text file; throws an Error naming the file. */
export function parsePublished(json: unknown, file: string): PublishedRecord {
  const r = json as Partial<PublishedRecord> | null;
  const bad = (what: string) => new Error(`${file} ${what} — restore it from git, or run ${CORRECTIONS_UPDATE}`);
  if (!r || typeof r !== 'object') throw bad('must be a JSON object { slug, segments, verdicts, applied }');
  if (typeof r.slug !== 'string') throw bad('"slug" must be a string');
  const segs = r.segments ?? {};
  if (typeof segs !== 'object' || Object.values(segs).some((d) => typeof d?.original !== 'string' || typeof d?.translation !== 'string')) throw bad('"segments" must map each id to { "original": digest, "translation": digest }');
  const verdicts = r.verdicts ?? {};
  if (typeof verdicts !== 'object' || Object.values(verdicts).some((d) => typeof d !== 'string')) throw bad('"verdicts" must map each annotation id to a digest');
  if (!Array.isArray(r.applied ?? []) || (r.applied ?? []).some((id) => typeof id !== 'string')) throw bad('"applied" must be a list of entry ids');
  return { slug: r.slug, segments: segs, verdicts, applied: r.applied ?? [] };
}

type Field = 'original' | 'translation' | 'verdict';
/** One published text that differs from its digest. */
export interface Change {
  id: string;
  /** The file to name in the message. */
  file: string;
  field: Field;
}

/** Digest of a verdict; a removed verdict digests the empty string, so that removing one is a change too. */
const verdictDigest = (verdict: string | undefined, hash: Hash) => hash(verdict ?? '');

/** Published texts that are not what the record says. Ids the record does not know yet (new segments) are not changes. */
export function changesSince(record: PublishedRecord, now: CurrentText, hash: Hash): Change[] {
  const out: Change[] = [];
  for (const s of now.segments) {
    const was = record.segments[s.id];
    if (!was) continue;
    if (hash(s.original) !== was.original) out.push({ id: s.id, file: s.at ?? now.file, field: 'original' });
    if (hash(s.translation) !== was.translation) out.push({ id: s.id, file: s.at ?? now.file, field: 'translation' });
  }
  for (const a of now.annotations) {
    const was = record.verdicts[a.id];
    if (was !== undefined && verdictDigest(a.verdict, hash) !== was) out.push({ id: a.id, file: a.at ?? a.file, field: 'verdict' });
  }
  return out;
}

/** Does a pending entry of the log name this id and field? */
function logged(change: Change, record: PublishedRecord, entries: readonly LogEntry[]): boolean {
  const applied = new Set(record.applied);
  return entries.some(
    (e) => !applied.has(e.id) && e.transcript === record.slug && e.field === change.field && (change.field === 'verdict' ? e.annotations : e.segments).includes(change.id),
  );
}

const fieldWords: Record<Field, string> = { original: 'the Chinese text', translation: 'the English', verdict: 'the verdict' };

/**
 * Every unlogged change, one line per id: `file [id] what changed …, and no correction entry names
 * it — how to log it`. Empty when every change is covered by a pending entry.
 */
export function guardProblems(record: PublishedRecord, now: CurrentText, entries: readonly LogEntry[], hash: Hash): string[] {
  const byId = new Map<string, Change[]>();
  for (const c of changesSince(record, now, hash)) if (!logged(c, record, entries)) byId.set(`${c.file}\u0000${c.id}`, [...(byId.get(`${c.file}\u0000${c.id}`) ?? []), c]);
  return [...byId.values()].map((cs) => {
    const { id, file, field } = cs[0]!;
    const what = cs.map((c) => fieldWords[c.field]).join(' and ');
    const entry = `${cs.length > 1 ? 'one entry each with ' : ''}${cs.map((c) => `field: ${c.field}`).join(' / ')}, ${field === 'verdict' ? 'annotations' : 'segments'}: [${id}]`;
    return `${file} [${id}] ${what} changed since it was published, and no correction entry names it — ${HOW_TO_LOG} (${entry})`;
  });
}

/**
 * What `npm run corrections:update` writes: the digests of the text as it is now (ids that are gone
 * keep theirs), and every entry of the log for this transcript marked applied. The caller refuses
 * to run it while guardProblems reports anything.
 */
export function updatePublished(record: PublishedRecord | undefined, now: CurrentText, entries: readonly LogEntry[], hash: Hash) {
  const base: PublishedRecord = record ?? { slug: now.slug, segments: {}, verdicts: {}, applied: [] };
  const segments = { ...base.segments };
  for (const s of now.segments) segments[s.id] = { original: hash(s.original), translation: hash(s.translation) };
  const verdicts = { ...base.verdicts };
  for (const a of now.annotations) if (a.verdict !== undefined || verdicts[a.id] !== undefined) verdicts[a.id] = verdictDigest(a.verdict, hash);
  const already = new Set(base.applied);
  const newlyApplied = entries.filter((e) => e.transcript === now.slug && !already.has(e.id)).map((e) => e.id);
  return { record: { slug: now.slug, segments, verdicts, applied: [...base.applied, ...newlyApplied] }, newlyApplied };
}

/** The record as committed: one line per id, so that a diff shows exactly which texts changed. */
export function serializePublished(r: PublishedRecord): string {
  const q = JSON.stringify;
  const block = (entries: string[]) => (entries.length ? `{\n${entries.join(',\n')}\n  }` : '{}');
  const segs = Object.entries(r.segments).map(([id, d]) => `    ${q(id)}: { "original": ${q(d.original)}, "translation": ${q(d.translation)} }`);
  const verdicts = Object.entries(r.verdicts).map(([id, d]) => `    ${q(id)}: ${q(d)}`);
  const applied = r.applied.length ? `[\n${r.applied.map((id) => `    ${q(id)}`).join(',\n')}\n  ]` : '[]';
  return `{\n  "slug": ${q(r.slug)},\n  "segments": ${block(segs)},\n  "verdicts": ${block(verdicts)},\n  "applied": ${applied}\n}\n`;
}
