/**
 * The public corrections log (content/corrections.yaml) as the site uses it: cross-references
 * checked against the content, entries in the order readers see them, and which segments each
 * entry touches.
 */
import type { Correction } from '../schemas/correction';
import { positionOf, yamlItemAt } from './position';
import type { Problem } from './problem';

/** What the log's ids are checked against. */
export interface CorrectionTargets {
  /** slug → its segment ids and annotations (id and the segments each covers). */
  transcripts: ReadonlyMap<string, { segments: readonly string[]; annotations: readonly { id: string; segments: readonly string[] }[] }>;
  sourceIds: ReadonlySet<string>;
}

export const CORRECTIONS_FILE = 'content/corrections.yaml';

/**
 * Every problem of the log at once, each naming the entry (and, given the file's text, its line
 * and column). An empty list means the log is consistent with the content.
 */
export function correctionProblems(entries: readonly Correction[], targets: CorrectionTargets, file = CORRECTIONS_FILE, text = ''): Problem[] {
  const problems: Problem[] = [];
  const say = (id: string, problem: string, fix: string) => problems.push({ file, ...positionOf(text, yamlItemAt(id)), id, problem, fix });
  const seen = new Set<string>();
  for (const c of entries) {
    if (seen.has(c.id)) say(c.id, 'this id is used by another entry too', 'give each entry its own id (it is the entry’s anchor on /corrections/)');
    seen.add(c.id);
    if (c.transcript === undefined) {
      if (c.field !== 'source' && c.field !== 'page') say(c.id, `field "${c.field}" belongs to a transcript`, `add "transcript: <slug>"`);
    } else {
      const t = targets.transcripts.get(c.transcript);
      if (!t) {
        say(c.id, `unknown transcript "${c.transcript}"`, `use the slug of a file in content/transcripts/`);
        continue;
      }
      const segs = new Set(t.segments);
      const notes = new Set(t.annotations.map((a) => a.id));
      for (const id of c.segments) if (!segs.has(id)) say(c.id, `unknown segment "${id}" in ${c.transcript}`, `use an id from content/transcripts/${c.transcript}.mdx`);
      for (const id of c.annotations) if (!notes.has(id)) say(c.id, `unknown annotation "${id}" in ${c.transcript}`, `use an id from content/annotations/${c.transcript}/`);
    }
    for (const id of c.sources) if (!targets.sourceIds.has(id)) say(c.id, `unknown source "${id}"`, `use an id from content/data/sources.yaml`);
    if (c.segments.length + c.annotations.length + c.sources.length === 0 && c.field !== 'page') {
      say(c.id, 'names nothing that changed', 'list the segments, annotations or sources it corrects (or use field: page for page text)');
    }
  }
  return problems;
}

/** Newest first; entries of the same day keep their order in the file. */
export function newestFirst<T extends { date: string; id: string }>(entries: readonly T[]): T[] {
  // One day's entries by id: the content collection does not keep the file's order.
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/**
 * Segment id → the entries that changed it, newest first: entries naming the segment, and entries
 * naming an annotation on it (a changed verdict or note changes what the segment's reader sees).
 */
export function correctionsBySegment(entries: readonly Correction[], targets: CorrectionTargets): Map<string, Correction[]> {
  const out = new Map<string, Correction[]>();
  for (const c of newestFirst(entries)) {
    if (!c.transcript) continue;
    const t = targets.transcripts.get(c.transcript);
    const ids = new Set(c.segments);
    for (const a of t?.annotations ?? []) if (c.annotations.includes(a.id)) for (const s of a.segments) ids.add(s);
    for (const id of ids) out.set(id, [...(out.get(id) ?? []), c]);
  }
  return out;
}
