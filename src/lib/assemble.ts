import type { Annotation } from '../schemas/annotation';
import type { Segment } from '../schemas/segment';
import type { Source } from '../schemas/source';
import type { Speaker } from '../schemas/speaker';
import type { TranscriptMeta } from '../schemas/transcript';
import { failOnErrors, type Pos, type Problem } from './problem';
import { readTranscriptBody, TEXT_ELEMENTS, type Section } from './transcript-body';
import { coverProblems, missingCovers, type LocatedNote } from './covers';
import { spanProblems } from './span-checks';

/** A segment in its transcript: where it sits and what is said about it. */
export interface PlacedSegment extends Segment {
  /** 0-based position in reading order. */
  index: number;
  /** Id of the section it belongs to. */
  sectionId: string;
  /** Annotations on this segment, in file order. */
  annotations: Annotation[];
}

/** A transcript ready to render and export: validated, cross-referenced, in reading order. */
export interface Transcript {
  meta: TranscriptMeta;
  /** The content file, for error messages. */
  file: string;
  sections: (Omit<Section, 'segments'> & { segments: PlacedSegment[] })[];
  segments: PlacedSegment[];
  annotations: Annotation[];
  /** The sources cited by this transcript's annotations, in order of first citation. */
  sources: Source[];
  /** Where each section and segment id stands in the file, for messages. */
  positions: ReadonlyMap<string, Pos>;
}

export interface AnnotationFile {
  file: string;
  annotations: Annotation[];
  /** Each note's index in its file's list, when some were left out (for positions in messages). */
  indexes?: readonly number[] | undefined;
  /** Ids of the notes left out for failing their own check (reported there), whose spans are not checked either. */
  invalidIds?: readonly string[] | undefined;
}

export interface AssembleInput {
  meta: TranscriptMeta;
  file: string;
  body: string;
  speakers: ReadonlyMap<string, Speaker>;
  sources: ReadonlyMap<string, Source>;
  annotationFiles: readonly AnnotationFile[];
  /** Lines before the body in the file (the frontmatter), so that positions are the file's own. */
  lineOffset?: number;
}

/** A transcript and every problem found while assembling it. */
export interface Assembled {
  transcript: Transcript;
  problems: Problem[];
}

/**
 * Builds one transcript from its MDX body, speakers, sources and annotation files, checking
 * every cross-reference and collecting every problem (file, position or YAML path, id, fix).
 */
export function collectTranscript({ meta, file, body, speakers, sources, annotationFiles, lineOffset = 0 }: AssembleInput): Assembled {
  const problems: Problem[] = [];
  const expectedSlug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  if (meta.slug !== expectedSlug) problems.push({ file, path: ['slug'], id: meta.slug, problem: `slug "${meta.slug}" differs from the file name "${expectedSlug}"`, fix: `write slug: ${expectedSlug}, or rename the file` });
  meta.speakers.forEach((id, i) => {
    if (!speakers.has(id)) problems.push({ file, path: ['speakers', i], id, problem: `unknown speaker "${id}" in the frontmatter's speakers`, fix: 'add the speaker to content/data/speakers.yaml or correct the id' });
  });

  const reading = readTranscriptBody(body, file, lineOffset);
  problems.push(...reading.problems);
  const segments: PlacedSegment[] = [];
  const placedSections = reading.sections.map((section) => ({
    ...section,
    segments: section.segments.map((s) => {
      const pos = reading.positions.get(s.id);
      if (typeof s.speaker !== 'string') { /* reported by the body reader */ } else if (!speakers.has(s.speaker)) problems.push({ file, ...pos, id: s.id, problem: `unknown speaker "${s.speaker}"`, fix: 'use an id from content/data/speakers.yaml, or add the speaker there' });
      else if (!meta.speakers.includes(s.speaker)) problems.push({ file, ...pos, id: s.id, problem: `speaker "${s.speaker}" is not listed in the frontmatter's speakers`, fix: `add ${s.speaker} to speakers: […] at the top of the file` });
      // A person's words set as a heading are still their quote: readers filtering for quotes must find them.
      if (s.kind === 'heading' && typeof s.speaker === 'string' && speakers.get(s.speaker)?.kind === 'person') {
        problems.push({ file, ...pos, id: s.id, problem: `a heading in the words of "${s.speaker}" is a quote`, fix: `write kind="quote" and keep level="${s.level ?? 2}"` });
      }
      // The player highlights the last segment started; times out of reading order would highlight the wrong one.
      const before = segments.findLast((p) => p.start !== undefined);
      if (s.start !== undefined && before?.start !== undefined && s.start < before.start) {
        problems.push({ file, ...pos, id: s.id, problem: `start="${s.start}" is earlier than the start="${before.start}" of "${before.id}" before it`, fix: 'times follow reading order: correct one of the two' });
      }
      const placed: PlacedSegment = { ...s, index: segments.length, sectionId: section.id, annotations: [] };
      segments.push(placed);
      return placed;
    }),
  }));
  const byId = new Map(segments.map((s) => [s.id, s]));

  const annotations: Annotation[] = [];
  const annotationIds = new Map<string, string>();
  const cited: Source[] = [];
  const located: LocatedNote[] = [];
  for (const { file: aFile, annotations: list, indexes } of annotationFiles) {
    list.forEach((a, i) => {
      const here = (field: (string | number)[], problem: string, fix: string) => problems.push({ file: aFile, path: ['annotations', indexes?.[i] ?? i, ...field], id: a.id, problem, fix });
      const other = annotationIds.get(a.id);
      if (other !== undefined) here(['id'], `duplicate annotation id: already used in ${other}`, 'give this note a new id (unique within the transcript)');
      if (byId.has(a.id)) here(['id'], 'annotation id is also a segment id', 'give the note its own id, e.g. add -check or -note');
      if (other === undefined) annotationIds.set(a.id, aFile);
      a.segments.forEach((segId, j) => {
        if (!byId.has(segId)) here(['segments', j], `unknown segment "${segId}" in ${meta.slug}`, `use the id of a <Segment> in ${file}`);
      });
      if (a.claimant && !speakers.has(a.claimant)) here(['claimant'], `unknown claimant "${a.claimant}"`, 'use a speaker id from content/data/speakers.yaml');
      a.sources.forEach((srcId, j) => {
        const src = sources.get(srcId);
        if (!src) here(['sources', j], `unknown source "${srcId}"`, 'use an id from content/data/sources.yaml, or add the source there');
        else if (!cited.includes(src)) cited.push(src);
      });
      if (a.attribution && a.claimant && speakers.get(a.claimant)?.kind === 'narrator') {
        here(['attribution'], 'attribution is for quotes of a speaker, not the narrator’s own claims', 'remove attribution');
      }
      for (const segId of a.segments) byId.get(segId)?.annotations.push(a);
      annotations.push(a);
      located.push({ annotation: a, file: aFile, index: indexes?.[i] ?? i });
    });
  }
  // Every excerpt problem at once: an author fixing one should not have to rebuild to see the next.
  problems.push(...located.flatMap((n) => coverProblems(n, byId, file)), ...missingCovers(located));
  const notes = located.map((n) => ({ id: n.annotation.id, segments: n.annotation.segments, file: n.file, index: n.index }));
  // A span of a note left out for failing its own check does not name "no note": that note's line is the one to fix.
  const invalid = new Set(annotationFiles.flatMap((f) => f.invalidIds ?? []));
  problems.push(...spanProblems(file, reading.spans.filter((s) => !invalid.has(s.note)), notes, TEXT_ELEMENTS, `content/annotations/${meta.slug}/`, new Set(byId.keys())));
  return { transcript: { meta, file, sections: placedSections, segments, annotations, sources: cited, positions: reading.positions }, problems };
}

/** Builds one transcript; throws ContentProblems listing every problem. */
export function assembleTranscript(input: AssembleInput): Transcript {
  const { transcript, problems } = collectTranscript(input);
  failOnErrors(problems);
  return transcript;
}

/**
 * Segment ids must be unique across the whole site. A duplicate is reported at the newer of its
 * two places, naming the older: `rank` orders the places from older to newer (the check uses git:
 * see src/build/check/newer.ts); without it, later in the list is newer.
 */
export function siteWideIdProblems(transcripts: readonly Transcript[], rank: (file: string, id: string) => number = (f) => transcripts.findIndex((t) => t.file === f)): Problem[] {
  const owner = new Map<string, Transcript>();
  const problems: Problem[] = [];
  for (const t of transcripts) {
    for (const s of t.segments) {
      const other = owner.get(s.id);
      // Twice in one file is reported by the body reader.
      if (other === t) continue;
      if (!other) {
        owner.set(s.id, t);
        continue;
      }
      const [older, newer] = rank(other.file, s.id) <= rank(t.file, s.id) ? [other, t] : [t, other];
      const oldPos = older.positions.get(s.id);
      problems.push({
        file: newer.file, ...newer.positions.get(s.id), id: s.id,
        problem: `segment id already used in ${older.file}${oldPos ? `:${oldPos.line}:${oldPos.col}` : ''}`,
        fix: 'give the newer segment another id (ids are unique across the site)',
      });
    }
  }
  return problems;
}

/** Throws ContentProblems when segment ids repeat across transcripts. */
export function checkSiteWideIds(transcripts: readonly Transcript[]): void {
  failOnErrors(siteWideIdProblems(transcripts));
}
