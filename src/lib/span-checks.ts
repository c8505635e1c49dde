/**
 * What `npm run check` and the build say about note spans (`<Note id>` in a segment's texts): a
 * span naming no note, a span in a segment its note is not on, a note with spans that leaves out
 * one of its segments, and spans the page cannot draw (crossing, or more notes than it can light as twins). A note with no span at all is attached to
 * its whole segments, as before, and is not a problem.
 */
import { MAX_TWINS, overlapProblems, type NoteSpan } from './note-spans.ts';
import type { Pos, Problem } from './problem.ts';

/** Which text of a segment a span is in. */
export type Side = 'original' | 'translation';

/** A span where it stands: its segment, its text and its place in the transcript file. */
export interface PlacedSpan extends NoteSpan {
  segment: string;
  side: Side;
  pos: Pos;
}

/** A note as the check needs it: its segments, and where it is written (for the problem's line). */
export interface NoteRef {
  id: string;
  segments: readonly string[];
  file: string;
  /** Its index in the file's `annotations` list. */
  index: number;
}

/**
 * Every span problem of one transcript. `elements` names the text elements as the author writes
 * them (e.g. `{ original: '<Original>', translation: '<Translation>' }`); `notesDir` is where the
 * transcript's notes are written. `known`, the transcript's segment ids: a note naming an unknown
 * segment is reported once, by the reference check, not again here.
 */
export function spanProblems(file: string, spans: readonly PlacedSpan[], notes: readonly NoteRef[], elements: Record<Side, string>, notesDir: string, known?: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(notes.map((n) => [n.id, n]));
  const tag = (note: string) => `<Note id="${note}">`;
  const at = (s: PlacedSpan) => ({ file, ...s.pos, id: s.segment });
  // A note naming a segment that does not exist has most likely mistyped the one its words are in:
  // its unknown-segment line says what to fix, so its spans are not reported off its segments too.
  const namesUnknown = (n: NoteRef) => known !== undefined && n.segments.some((id) => !known.has(id));
  for (const s of spans) {
    const note = byId.get(s.note);
    if (!note) {
      problems.push({ ...at(s), problem: `${tag(s.note)} names no note of this transcript`, fix: `use the id of a note in ${notesDir}, or remove the <Note> tags` });
    } else if (!note.segments.includes(s.segment) && !namesUnknown(note)) {
      problems.push({ ...at(s), problem: `${tag(s.note)} marks words in a segment its note is not on (segments: ${note.segments.join(', ')})`, fix: `add ${s.segment} to the note's segments in ${note.file}, or remove the <Note> tags` });
    }
  }
  // A note that marks its words somewhere marks them in every segment it names.
  const spanned = new Map<string, Set<string>>();
  for (const s of spans) spanned.set(s.note, (spanned.get(s.note) ?? new Set()).add(s.segment));
  for (const n of notes) {
    const where = spanned.get(n.id);
    if (!where) continue;
    n.segments.forEach((segId, j) => {
      if (where.has(segId) || (known && !known.has(segId))) return;
      problems.push({
        file: n.file, path: ['annotations', n.index, 'segments', j], id: n.id,
        problem: `the note marks its words with ${tag(n.id)} in ${[...where].join(', ')} but not in ${segId}`,
        fix: `mark the words it is about in ${segId}'s ${elements.original} or ${elements.translation} too, or remove ${segId} from segments`,
      });
    });
  }
  // The stylesheet lights twins for MAX_TWINS notes per segment; a further note's words would not light up.
  const bySegment = new Map<string, PlacedSpan[]>();
  for (const s of spans) bySegment.set(s.segment, [...(bySegment.get(s.segment) ?? []), s]);
  for (const list of bySegment.values()) {
    const first = list.find((s) => [...new Set(list.map((x) => x.note))].indexOf(s.note) === MAX_TWINS);
    if (first) problems.push({ ...at(first), problem: `${tag(first.note)} is the ${MAX_TWINS + 1}th note marking words in this segment: the page lights up the twins of at most ${MAX_TWINS}`, fix: 'leave the notes about the whole segment unmarked (a note without <Note> tags is on the whole segment), or split the segment' });
  }
  const texts = new Map<string, PlacedSpan[]>();
  for (const s of spans) texts.set(`${s.segment}\n${s.side}`, [...(texts.get(`${s.segment}\n${s.side}`) ?? []), s]);
  for (const list of texts.values()) {
    for (const o of overlapProblems(list)) {
      problems.push(o.problem === 'partial'
        ? { ...at(o.span), problem: `${tag(o.span.note)} overlaps ${tag(o.other.note)} without being inside it: the page cannot draw marks that cross`, fix: 'end one span before the other starts, or put one wholly inside the other' }
        : { ...at(o.span), problem: `${tag(o.span.note)} inside another ${tag(o.other.note)}: the same note twice over the same words`, fix: 'remove the inner <Note id="…"> and its </Note>' });
    }
  }
  return problems;
}
