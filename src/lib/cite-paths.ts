/**
 * getStaticPaths of the segment permalink routes (both interface languages): one page per
 * segment, plus a redirect page at each old id the registry maps to a successor. Checking the
 * registry here makes the build fail when a published id would break.
 */
import { readFileSync, existsSync } from 'node:fs';
import { getSite } from '../data/site';
import type { PlacedSegment, Transcript } from './assemble';
import { parseRegistry, registryIssues, registryPath, IdRegistryError, UPDATE_COMMAND } from './id-registry';
import { failOnErrors } from './problem';

export type PermalinkProps =
  | { transcript: Transcript; segment: PlacedSegment; redirectTo?: undefined }
  | { transcript: Transcript; segment?: undefined; redirectTo: string };

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
  failOnErrors(issues.map((i) => ({ file: i.file, ...(i.file === t.file ? t.positions.get(i.where ?? '') : {}), id: i.where, problem: i.problem, fix: i.fix ?? 'see docs/authoring.md, "Renaming or splitting a segment"' })));
  return redirects;
}

/** Every redirect of the site: [transcript, old id, live id]. */
export async function allRedirects(): Promise<[Transcript, string, string][]> {
  const { transcripts } = await getSite();
  return transcripts.flatMap((t) => [...registryRedirects(t)].map(([from, to]) => [t, from, to] as [Transcript, string, string]));
}

export async function permalinkPaths() {
  const { transcripts } = await getSite();
  return transcripts.flatMap((transcript) => [
    ...transcript.segments.map((segment) => ({ params: { slug: transcript.meta.slug, id: segment.id }, props: { transcript, segment } as PermalinkProps })),
    ...[...registryRedirects(transcript)].map(([from, to]) => ({ params: { slug: transcript.meta.slug, id: from }, props: { transcript, redirectTo: to } as PermalinkProps })),
  ]);
}

/** The share card of a segment (src/pages/og/[slug]/[id].png.ts). */
export const ogImagePath = (slug: string, id: string) => `/og/${slug}/${id}.png`;
/** The transcript's bibliography downloads (src/pages/transcripts/[slug].bib.ts, .ris.ts). */
export const bibliographyPath = (slug: string, ext: 'bib' | 'ris') => `/transcripts/${slug}.${ext}`;
