import type { Annotation } from '../schemas/annotation';
import type { Segment } from '../schemas/segment';
import type { Source } from '../schemas/source';
import type { Speaker } from '../schemas/speaker';
import type { TranscriptMeta } from '../schemas/transcript';
import { ContentError, throwAll } from './content-error';
import { coverProblems, missingCovers } from './covers';
import { parseTranscriptBody, type Section } from './transcript-body';

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
}

export interface AnnotationFile {
  file: string;
  annotations: Annotation[];
}

export interface AssembleInput {
  meta: TranscriptMeta;
  file: string;
  body: string;
  speakers: ReadonlyMap<string, Speaker>;
  sources: ReadonlyMap<string, Source>;
  annotationFiles: readonly AnnotationFile[];
}

/**
 * Builds one transcript from its MDX body, speakers, sources and annotation files, checking
 * every cross-reference. Throws a ContentError naming the file, the id and the problem.
 */
export function assembleTranscript({ meta, file, body, speakers, sources, annotationFiles }: AssembleInput): Transcript {
  const expectedSlug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  if (meta.slug !== expectedSlug) throw new ContentError(file, undefined, `slug "${meta.slug}" must equal the file name "${expectedSlug}"`);
  for (const id of meta.speakers) {
    if (!speakers.has(id)) throw new ContentError(file, undefined, `frontmatter speakers: unknown speaker "${id}" (not in content/data/speakers.yaml)`);
  }

  const sections = parseTranscriptBody(body, file);
  const segments: PlacedSegment[] = [];
  const placedSections = sections.map((section) => ({
    ...section,
    segments: section.segments.map((s) => {
      if (!speakers.has(s.speaker)) throw new ContentError(file, s.id, `unknown speaker "${s.speaker}" (not in content/data/speakers.yaml)`);
      if (!meta.speakers.includes(s.speaker)) throw new ContentError(file, s.id, `speaker "${s.speaker}" is not listed in the frontmatter speakers`);
      // A person's words set as a heading are still their quote: readers filtering for quotes must find them.
      if (s.kind === 'heading' && speakers.get(s.speaker)?.kind === 'person') {
        throw new ContentError(file, s.id, `a heading in the words of "${s.speaker}" is a quote: write kind="quote" and keep level="${s.level ?? 2}"`);
      }
      // The player highlights the last segment started; times out of reading order would highlight the wrong one.
      const before = segments.findLast((p) => p.start !== undefined);
      if (s.start !== undefined && before?.start !== undefined && s.start < before.start) {
        throw new ContentError(file, s.id, `start="${s.start}" is earlier than the start="${before.start}" of "${before.id}" before it: times follow reading order`);
      }
      const placed: PlacedSegment = { ...s, index: segments.length, sectionId: section.id, annotations: [] };
      segments.push(placed);
      return placed;
    }),
  }));
  const byId = new Map(segments.map((s) => [s.id, s]));

  const annotations: Annotation[] = [];
  const annotationIds = new Set<string>();
  const cited: Source[] = [];
  const located: { annotation: Annotation; file: string }[] = [];
  for (const { file: aFile, annotations: list } of annotationFiles) {
    for (const a of list) {
      const where = a.id;
      if (annotationIds.has(a.id)) throw new ContentError(aFile, where, 'duplicate annotation id in this transcript');
      if (byId.has(a.id)) throw new ContentError(aFile, where, 'annotation id collides with a segment id');
      annotationIds.add(a.id);
      for (const segId of a.segments) {
        if (!byId.has(segId)) throw new ContentError(aFile, where, `unknown segment "${segId}" in ${meta.slug}`);
      }
      if (a.claimant && !speakers.has(a.claimant)) throw new ContentError(aFile, where, `unknown claimant "${a.claimant}"`);
      for (const srcId of a.sources) {
        const src = sources.get(srcId);
        if (!src) throw new ContentError(aFile, where, `unknown source id "${srcId}" (not in content/data/sources.yaml)`);
        if (!cited.includes(src)) cited.push(src);
      }
      if (a.attribution && a.claimant && speakers.get(a.claimant)?.kind === 'narrator') {
        throw new ContentError(aFile, where, 'attribution is for quotes of a speaker, not the narrator’s own claims');
      }
      for (const segId of a.segments) byId.get(segId)!.annotations.push(a);
      annotations.push(a);
      located.push({ annotation: a, file: aFile });
    }
  }
  // Every excerpt problem at once: an author fixing one should not have to rebuild to see the next.
  throwAll([...located.flatMap((n) => coverProblems(n, byId, file)), ...missingCovers(located)]);
  return { meta, file, sections: placedSections, segments, annotations, sources: cited };
}

/** Checks what no single transcript can: segment ids unique across the whole site. */
export function checkSiteWideIds(transcripts: readonly Transcript[]): void {
  const owner = new Map<string, string>();
  for (const t of transcripts) {
    for (const s of t.segments) {
      const other = owner.get(s.id);
      if (other) throw new ContentError(t.file, s.id, `segment id already used in ${other}; ids must be unique across the site`);
      owner.set(s.id, t.file);
    }
  }
}
