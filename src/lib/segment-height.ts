/**
 * A generous estimate of how tall a segment of the transcript is, for `content-visibility: auto`.
 *
 * Off-screen segments are not laid out; the browser gives each a placeholder height
 * (`contain-intrinsic-size`) until it is scrolled near. Where the placeholder is shorter than the
 * segment, the segment's skipped contents overhang the next one, and tools that measure geometry
 * without scrolling (Lighthouse's target-size audit) see the two overlap. So the estimate errs on
 * the tall side: fitted on this site's segments at a 320 px wide phone, stacked layout, then
 * enlarged by half (it is never under the real height there; on average about 1.5× it). Wider
 * screens use a smaller step (see global.css). Once a segment has been shown, the browser
 * remembers its real height (`auto`).
 */

/** The step, in units of 4rem on a phone, as a class name `h<step>` (global.css sets --h from it;
 * tests/unit/segment-height.test.ts checks that it has one rule per step). 24 steps (96rem, 1,536 px)
 * were too few once a segment carried several fact-checks with their `covers` excerpts and a
 * "Corrected on" line: one such segment is 1,557 px tall at 320 px, and the cap, not the estimate,
 * made its placeholder shorter. */
export const HEIGHT_STEPS = 32;

/**
 * `covers` are the excerpts shown beside the badges of a segment's several fact-checks (a smaller
 * font, so more characters a line); without them the estimate is the one fitted above.
 */
/* A time link (a transcript with a recording) needs no term of its own: at 320 px the segment's
 * head (speaker, kind, ¶, Cite, Copy) already takes two lines, and the fitted constant counts them;
 * the time link adds none there (measured on the multi-transcript fixture: 58 px with or without
 * it). At 412 px it wraps the head to a second line (+34 px), well inside the margin the narrower
 * text leaves at that width. */
export function heightStep(segment: { original: string; translation: string; kind: string; level?: number | undefined }, notes: number, covers: readonly { original: string; translation: string }[] = []): number {
  const lines = Math.ceil([...segment.original].length / 14) + Math.ceil(segment.translation.length / 30);
  // Anything set as a heading (a heading, or a quote with a level) has the heading's larger type.
  const text = segment.kind === 'heading' || segment.level !== undefined ? 3.7 + 2.36 * lines : 6.9 + 1.26 * lines;
  const coverLines = covers.reduce((n, c) => n + Math.ceil(([...c.original].length + 6) / 16) + Math.ceil((c.translation.length + 18) / 34), 0);
  const rem = 1.5 * (text + 3.1 * notes + 1.3 * coverLines);
  return Math.min(HEIGHT_STEPS, Math.max(1, Math.ceil(rem / 4)));
}
