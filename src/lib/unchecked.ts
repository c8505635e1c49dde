/**
 * Which segments say something a fact-check could cover, and which of those none does. The page
 * marks an unchecked quote or claim as such, so that a claim the research did not reach is not taken
 * for a checked one. No imports: the search code (in the browser) uses it too.
 */

/** Segment kinds that make a quote or a claim (narration and headings do not). */
export const CLAIM_KINDS: readonly string[] = ['quote', 'claim'];

/** A quote or claim with no fact-check on it. */
export function isUncheckedClaim(kind: string, factChecks: number): boolean {
  return CLAIM_KINDS.includes(kind) && factChecks === 0;
}

/** The same, for a segment with its notes. */
export function isUncheckedSegment(segment: { kind: string; annotations: readonly { kind: string }[] }): boolean {
  return isUncheckedClaim(segment.kind, segment.annotations.filter((a) => a.kind === 'fact-check').length);
}
