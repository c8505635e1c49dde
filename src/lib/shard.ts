/**
 * Split builds (SHARD=i/N): which transcripts a build renders. A shard builds the pages of its own
 * transcripts only; the merge step (scripts/merge-shards.mjs) builds the shared pages, with
 * SHARD=shared, and no transcript's pages. A transcript's shard depends on its slug alone, so
 * adding a transcript never moves the others. Pure and dependency-free: the scripts import it too.
 */
import { interfaceLanguages } from './locales.ts';

/** What a build renders: every page (no SHARD), one shard's transcripts, or the shared pages only. */
export type BuildPart = { kind: 'all' } | { kind: 'shard'; index: number; count: number } | { kind: 'shared' };

/** Reads SHARD ("2/4": the second of four shards; "shared"); throws a one-line message naming what to write. */
export function parseShard(value: string | undefined): BuildPart {
  if (value === undefined || value === '') return { kind: 'all' };
  if (value === 'shared') return { kind: 'shared' };
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`SHARD=${value}: expected i/N with 1 ≤ i ≤ N (SHARD=1/4 builds the first of four shards), or "shared" for the merge step`);
  }
  return { kind: 'shard', index, count };
}

/** FNV-1a, 32 bits: a fixed, well-spread hash of the slug's UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The shard (1 to count) of a transcript. */
export const shardOf = (slug: string, count: number): number => (fnv1a(slug) % count) + 1;

/** Whether a build renders the pages of the transcript `slug`. */
export function buildsTranscript(part: BuildPart, slug: string): boolean {
  if (part.kind === 'all') return true;
  if (part.kind === 'shared') return false;
  return shardOf(slug, part.count) === part.index;
}

/** Whether a path of dist/ (relative, with "/") belongs to the transcript `slug`: its pages, exports and share images. */
export function transcriptOwns(path: string, slug: string): boolean {
  const pages = interfaceLanguages.filter((l) => l.path).map((l) => `${l.path}/transcripts/${slug}/`);
  return [`transcripts/${slug}/`, `transcripts/${slug}.`, ...pages, `og/${slug}/`].some((p) => path.startsWith(p));
}
