/**
 * Where a segment's parts are (src/components/SegmentView.astro): by position, not by class. Each
 * selector starts with `.seg`, so that it can follow a segment's id: `${'#some-id'}${ORIGINAL}`.
 */
/** The head: speaker, kind, pilcrow, Cite link, copy button. */
export const HEAD = '.seg > :first-child';
/** The row of the two texts. */
export const ROW = '.seg > :nth-child(2)';
/** The original text (first in the row). */
export const ORIGINAL = `${ROW} > :first-child`;
/** The translation (last in the row). */
export const TRANSLATION = `${ROW} > :last-child`;
/** The speaker, first in the head. */
export const SPEAKER = `${HEAD} > :first-child`;
/** The pilcrow: the head's link that is neither the Cite link (rel=bookmark) nor a time in the recording. */
export const PILCROW = `${HEAD} > a:not([rel], [data-start])`;
/** The Cite link to the segment's own page. */
export const CITE = `${HEAD} > a[rel="bookmark"]`;
/** The words a note is about, each a link to its note. */
export const SPAN = 'a[data-pair]';
