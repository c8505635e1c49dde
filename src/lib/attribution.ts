import type { Annotation } from '../schemas/annotation';
import type { Attribution } from '../schemas/verdict';

/**
 * The attribution of one covered segment's wording. An annotation states it once for all its
 * segments or per segment (src/schemas/annotation.ts); readers and exports always get it per segment.
 */
export function attributionFor(a: Pick<Annotation, 'attribution' | 'segments'>, segmentId: string): Attribution | undefined {
  if (a.attribution === undefined || !a.segments.includes(segmentId)) return undefined;
  return typeof a.attribution === 'string' ? a.attribution : a.attribution[segmentId];
}

/** Every covered segment with its own attribution, in the note's segment order (empty when the note has none). */
export function attributionsBySegment(a: Pick<Annotation, 'attribution' | 'segments'>): { segment: string; attribution: Attribution }[] {
  return a.segments.flatMap((segment) => {
    const attribution = attributionFor(a, segment);
    return attribution ? [{ segment, attribution }] : [];
  });
}

/** Whether the note's segments differ in attribution, so that a reader must be told which is which. */
export function attributionVaries(a: Pick<Annotation, 'attribution' | 'segments'>): boolean {
  return new Set(attributionsBySegment(a).map((x) => x.attribution)).size > 1;
}
