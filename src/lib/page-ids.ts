/**
 * Ids that the transcript and segment pages give their own elements. Segment and section ids are
 * anchors on the same pages, so they must not be any of these: the page would have two elements
 * with one id, and a permalink's #fragment could land on the wrong one. The build refuses such an
 * id (src/lib/transcript-body.ts); tests/integration/permalinks.test.ts checks that the built pages
 * use no id of their own beyond this list.
 */

/** Whole ids: the layout's (src/layouts/Base.astro), the transcript's (src/views/TranscriptView.astro), a segment page's citation panel and embed code. */
export const pageIds: readonly string[] = ['main', 'site-search', 'site-footer', 'toc-title', 'transcript-text', 'cite', 'embed', 'embed-code'];

/** Beginnings of generated ids: notes (`note-<annotation id>`), citation panels (`cite-…`), switch options (`theme-…`, `mode-…`). */
export const pageIdPrefixes: readonly string[] = ['note-', 'cite-', 'theme-', 'mode-'];

/** Why `id` cannot be a segment or section id, or undefined when it can. */
export function pageIdClash(id: string): string | undefined {
  if (pageIds.includes(id)) return `"${id}" is the id of one of the page's own elements`;
  const prefix = pageIdPrefixes.find((p) => id.startsWith(p));
  return prefix ? `ids beginning "${prefix}" are the page's own (generated)` : undefined;
}
