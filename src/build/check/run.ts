/**
 * `npm run check`: everything the build validates, without rendering. Every collection of
 * src/content.config.ts is read and checked against its own schema, then every cross-reference;
 * all problems are returned at once, each with its file, line, column and id.
 */
import { collections } from '../../content.config';
import { formatProblem, sortProblems, type Problem } from '../../lib/problem';
import { describeIssue, type IssueLike } from '../../lib/schema-issues';
import { readCollection, type CollectionSpec, type Entry } from './collections';
import { referenceProblems, type Valid } from './references';
import { scanStrings } from './scans';
import { untranslatedProblems } from './untranslated';

type Schema = { safeParse(data: unknown): { success: true; data: unknown } | { success: false; error: { issues: IssueLike[] } } };

/** A collection's schema (Astro also allows a function of the image helper). */
function schemaOf(spec: CollectionSpec): Schema | undefined {
  const s = spec.schema as Schema | ((ctx: unknown) => Schema) | undefined;
  return typeof s === 'function' ? s({ image: () => ({ safeParse: (d: unknown) => ({ success: true, data: d }) }) }) : s;
}

/** `untranslated`: an added interface language whose untranslated fields to list one by one (src/build/check/untranslated.ts). */
export function checkContent(root: string, specs: Record<string, { loader: unknown; schema?: unknown }>, untranslated?: string): Problem[] {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const valid: Valid = new Map();
  for (const [name, c] of Object.entries(specs)) {
    const spec: CollectionSpec = { name, loader: c.loader, schema: c.schema };
    const read = readCollection(root, spec);
    problems.push(...read.problems);
    entries.push(...read.entries);
    const schema = schemaOf(spec);
    const ok: { entry: Entry; data: unknown; ok: boolean }[] = [];
    for (const entry of read.entries) {
      if (entry.yaml.problems.length > 0) continue;
      const parsed = schema ? schema.safeParse(entry.data) : { success: true as const, data: entry.data };
      ok.push({ entry, data: parsed.success ? parsed.data : entry.data, ok: parsed.success });
      if (parsed.success) continue;
      for (const issue of parsed.error.issues) {
        const d = describeIssue(issue, entry.data);
        problems.push({ file: entry.file, ...entry.yaml.posOf([...entry.at, ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))]), id: d.id ?? (entry.id || undefined), problem: d.problem, fix: d.fix });
      }
    }
    valid.set(name, ok);
  }
  problems.push(...scanStrings(entries));
  problems.push(...referenceProblems(root, valid));
  problems.push(...untranslatedProblems(root, valid, untranslated));
  // Problems found in parsed data name a path in their YAML file: turn it into line:col.
  const yamlOf = new Map(entries.map((e) => [e.file, e.yaml]));
  const placed = problems.map((p) => (p.line === undefined && p.path ? { ...p, ...yamlOf.get(p.file)?.posOf(p.path) } : p));
  const lines = new Set<string>();
  return sortProblems(placed).filter((p) => {
    const line = formatProblem(p);
    if (lines.has(line)) return false;
    lines.add(line);
    return true;
  });
}

/** The check of this repository's content (src/content.config.ts's collections). */
export const runCheck = (root: string, untranslated?: string) => checkContent(root, collections as Record<string, { loader: unknown; schema?: unknown }>, untranslated);
export { formatProblem } from '../../lib/problem';
