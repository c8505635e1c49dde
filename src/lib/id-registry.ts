/**
 * The registry of published segment ids (content/ids/<slug>.json): every id that was ever
 * published, and a redirect for each one that no longer exists. It is what keeps permalinks from
 * breaking: the build refuses a transcript whose ids and registry disagree.
 *
 * No runtime imports (only types), so that scripts/ids-update.mjs can load this file with Node's
 * type stripping and apply exactly the same rules as the build.
 */

/** The committed file. */
export interface IdRegistry {
  /** The transcript's slug (the file is content/ids/<slug>.json). */
  slug: string;
  /** Every segment id ever published for this transcript, in first-publication order. Never shrinks. */
  ids: string[];
  /** Old id → its successor, for ids that no longer exist in the transcript. */
  redirects: Record<string, string>;
}

/** An error naming the registry or transcript file, the id, the problem and how to fix it. */
export class IdRegistryError extends Error {
  readonly file: string;
  readonly where: string | undefined;
  readonly problem: string;
  /** How to fix it, when the problem does not already say. */
  readonly fix: string | undefined;
  constructor(file: string, where: string | undefined, problem: string, fix?: string) {
    super(`${file}${where ? ` [${where}]` : ''}: ${problem}${fix ? ` — ${fix}` : ''}`);
    this.name = 'IdRegistryError';
    this.file = file;
    this.where = where;
    this.problem = problem;
    this.fix = fix;
  }
}

export const registryPath = (slug: string) => `content/ids/${slug}.json`;
export const UPDATE_COMMAND = 'npm run ids:update';

/** Validates the JSON of a registry file. */
export function parseRegistry(json: unknown, file: string): IdRegistry {
  const r = json as Partial<IdRegistry> | null;
  if (!r || typeof r !== 'object') throw new IdRegistryError(file, undefined, 'must be a JSON object { slug, ids, redirects }');
  if (typeof r.slug !== 'string') throw new IdRegistryError(file, undefined, '"slug" must be a string');
  if (!Array.isArray(r.ids) || r.ids.some((id) => typeof id !== 'string')) throw new IdRegistryError(file, undefined, '"ids" must be an array of strings');
  const redirects = r.redirects ?? {};
  if (typeof redirects !== 'object' || Array.isArray(redirects) || Object.values(redirects).some((v) => typeof v !== 'string')) {
    throw new IdRegistryError(file, undefined, '"redirects" must be an object { "old-id": "new-id" }');
  }
  const seen = new Set<string>();
  for (const id of r.ids) {
    if (seen.has(id)) throw new IdRegistryError(file, id, 'listed twice in "ids"');
    seen.add(id);
  }
  return { slug: r.slug, ids: r.ids, redirects };
}

/** Where a redirect finally lands: follows chains (a → b → c); an error for loops and dead ends. */
function resolve(from: string, redirects: Record<string, string>, current: ReadonlySet<string>, file: string): string | IdRegistryError {
  const path = [from];
  let at = redirects[from]!;
  while (!current.has(at)) {
    if (path.includes(at)) return new IdRegistryError(file, from, `redirect loop: ${[...path, at].join(' → ')}`, 'make the last redirect point at a segment of the transcript');
    const next = redirects[at];
    if (next === undefined) {
      return new IdRegistryError(file, from, `redirects to "${at}", which is neither a segment of the transcript nor redirected itself`, 'point the redirect at the id of a segment');
    }
    path.push(at);
    at = next;
  }
  return at;
}

/**
 * Checks a transcript's current segment ids against its registry: the redirects to generate
 * (old id → live id) and every violation, each naming the file and the id:
 * - a published id is gone and has no redirect (the permalink would break);
 * - a segment id is not yet registered (run `npm run ids:update` and commit the file);
 * - a redirect is malformed (from a live id, to nowhere, or in a loop).
 */
export function registryIssues(registry: IdRegistry, currentIds: readonly string[], file: string, transcriptFile: string): { redirects: Map<string, string>; issues: IdRegistryError[] } {
  const issues: IdRegistryError[] = [];
  const current = new Set(currentIds);
  const registered = new Set(registry.ids);
  for (const id of registry.ids) {
    if (!current.has(id) && registry.redirects[id] === undefined) {
      issues.push(new IdRegistryError(
        file,
        id,
        `published segment id "${id}" is no longer in ${transcriptFile}: its permalink would break`,
        `restore the id, or add "redirects": { "${id}": "<id of its successor>" } to ${file} (see docs/authoring/corrections.md, "Renaming or splitting a segment")`,
      ));
    }
  }
  for (const id of currentIds.filter((i) => !registered.has(i))) {
    issues.push(new IdRegistryError(transcriptFile, id, `segment id is not in ${file} yet`, `run \`${UPDATE_COMMAND}\` and commit ${file}: once published, an id is permanent`));
  }
  const redirects = new Map<string, string>();
  for (const from of Object.keys(registry.redirects)) {
    if (current.has(from)) issues.push(new IdRegistryError(file, from, `is redirected but is still a segment of ${transcriptFile}`, 'remove the redirect or the segment'));
    else if (!registered.has(from)) issues.push(new IdRegistryError(file, from, 'is redirected but was never published (not in "ids")', 'add it to "ids" or remove the redirect'));
    else {
      const to = resolve(from, registry.redirects, current, file);
      if (typeof to === 'string') redirects.set(from, to);
      else issues.push(to);
    }
  }
  return { redirects, issues };
}

/** The redirects to generate; throws the first IdRegistryError (see registryIssues). */
export function checkIds(registry: IdRegistry, currentIds: readonly string[], file: string, transcriptFile: string): Map<string, string> {
  const { redirects, issues } = registryIssues(registry, currentIds, file, transcriptFile);
  if (issues[0]) throw issues[0];
  return redirects;
}

/**
 * What `npm run ids:update` does: registers the new ids (appended, in reading order) and never
 * removes one. Returns the published ids that are gone without a redirect, which the author must
 * fix by hand (restore, or redirect to a successor).
 */
export function updateRegistry(registry: IdRegistry | undefined, slug: string, currentIds: readonly string[]) {
  const base: IdRegistry = registry ?? { slug, ids: [], redirects: {} };
  const registered = new Set(base.ids);
  const added = currentIds.filter((id) => !registered.has(id));
  const current = new Set(currentIds);
  const missing = base.ids.filter((id) => !current.has(id) && base.redirects[id] === undefined);
  return { registry: { slug, ids: [...base.ids, ...added], redirects: base.redirects }, added, missing };
}

/** The registry as committed: stable formatting so diffs show only real changes. */
export const serializeRegistry = (r: IdRegistry) => `${JSON.stringify({ slug: r.slug, ids: r.ids, redirects: r.redirects }, null, 2)}\n`;
