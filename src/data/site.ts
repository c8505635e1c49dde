/**
 * The one place pages get content from: loads the collections, assembles and cross-checks every
 * transcript once per build with the same code as `npm run check` (which the build runs first),
 * and fails with every problem at once (ContentProblems) on any inconsistency.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { collectTranscript, siteWideIdProblems, type Transcript } from '../lib/assemble';
import { failOnErrors, type Problem } from '../lib/problem';
import type { Source } from '../schemas/source';
import type { Speaker } from '../schemas/speaker';
import type { Prediction } from '../schemas/prediction';
import type { Correction } from '../schemas/correction';
import { correctionsBySegment, newestFirst, type CorrectionTargets } from '../lib/corrections';
import { textGuardProblems } from './text-guards';

export interface Site {
  transcripts: Transcript[];
  speakers: Map<string, Speaker>;
  sources: Map<string, Source>;
  predictions: Prediction[];
  /** The corrections log, newest first. */
  corrections: Correction[];
  /** Segment id → the log entries that changed it (or a note on it), newest first. */
  segmentCorrections: Map<string, Correction[]>;
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const speakers = new Map((await getCollection('speakers')).map((e) => [e.data.id, e.data]));
  const sources = new Map((await getCollection('sources')).map((e) => [e.data.id, e.data]));
  const annotationEntries = await getCollection('annotations');
  const predictions = (await getCollection('predictions')).map((e) => e.data);
  const log = (await getCollection('corrections')).map((e) => e.data);
  const annotationFile = new Map<string, Map<string, string>>();
  const problems: Problem[] = [];
  const transcripts = (await getCollection('transcripts'))
    .map((entry) => {
      const file = entry.filePath ?? `content/transcripts/${entry.id}.mdx`;
      const annotationFiles = annotationEntries
        .filter((a) => a.id.startsWith(`${entry.id}/`))
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((a) => ({ file: a.filePath ?? `content/annotations/${a.id}.yaml`, annotations: a.data.annotations }));
      annotationFile.set(entry.data.slug, new Map(annotationFiles.flatMap((f) => f.annotations.map((a) => [a.id, f.file] as const))));
      const body = entry.body ?? '';
      // The body follows the frontmatter: messages count lines from the top of the file.
      const raw = readFileSync(file, 'utf8');
      const lineOffset = raw.endsWith(body) ? raw.slice(0, raw.length - body.length).split('\n').length - 1 : 0;
      const assembled = collectTranscript({ meta: entry.data, file, body, speakers, sources, annotationFiles, lineOffset });
      problems.push(...assembled.problems);
      return assembled.transcript;
    })
    .sort((a, b) => b.meta.date.getTime() - a.meta.date.getTime());
  problems.push(...siteWideIdProblems(transcripts));
  const targets: CorrectionTargets = {
    transcripts: new Map(transcripts.map((t) => [t.meta.slug, { segments: t.segments.map((s) => s.id), annotations: t.annotations }])),
    sourceIds: new Set(sources.keys()),
  };
  problems.push(...textGuardProblems(transcripts, log, targets, (slug) => annotationFile.get(slug) ?? new Map()));
  failOnErrors(problems);
  return { transcripts, speakers, sources, predictions, corrections: newestFirst(log), segmentCorrections: correctionsBySegment(log, targets) };
}

export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
