/** Segment permalinks' registry of old ids (content/ids/), and the paths of a segment's share image and downloads. */
import { readFileSync, existsSync } from 'node:fs';
import { getSite } from './site';
import type { Transcript } from '../lib/assemble';
import { parseRegistry, registryIssues, registryPath, IdRegistryError, UPDATE_COMMAND } from '../lib/id-registry';
import { failOnErrors } from '../lib/problem';

/** Old id → live id for a transcript, after checking its registry (throws every violation at once). */
export function registryRedirects(t: Transcript): Map<string, string> {
  const file = registryPath(t.meta.slug);
  if (!existsSync(file)) throw new IdRegistryError(file, undefined, `missing: the registry of ${t.file}'s published ids. Run \`${UPDATE_COMMAND}\` and commit it.`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new IdRegistryError(file, undefined, `is not valid JSON (${(e as Error).message})`);
  }
  const registry = parseRegistry(json, file);
  if (registry.slug !== t.meta.slug) throw new IdRegistryError(file, undefined, `"slug" is "${registry.slug}", expected "${t.meta.slug}"`);
  const { redirects, issues } = registryIssues(registry, t.segments.map((s) => s.id), file, t.file);
  failOnErrors(issues.map((i) => ({ file: i.file, ...(i.file === t.file ? t.positions.get(i.where ?? '') : {}), id: i.where, problem: i.problem, fix: i.fix ?? 'see docs/authoring/corrections.md, "Renaming or splitting a segment"' })));
  return redirects;
}

/** Every redirect of the site: [transcript, old id, live id]. */
export async function allRedirects(): Promise<[Transcript, string, string][]> {
  const { transcripts } = await getSite();
  return transcripts.flatMap((t) => [...registryRedirects(t)].map(([from, to]) => [t, from, to] as [Transcript, string, string]));
}

