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

export interface Site {
  transcripts: Transcript[];
  speakers: Map<string, Speaker>;
  sources: Map<string, Source>;
  predictions: Prediction[];
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const speakers = new Map((await getCollection('speakers')).map((e) => [e.data.id, e.data]));
  const sources = new Map((await getCollection('sources')).map((e) => [e.data.id, e.data]));
  const annotationEntries = await getCollection('annotations');
  const predictions = (await getCollection('predictions')).map((e) => e.data);
  const problems: Problem[] = [];
  const transcripts = (await getCollection('transcripts'))
    .map((entry) => {
      const file = entry.filePath ?? `content/transcripts/${entry.id}.mdx`;
      const annotationFiles = annotationEntries
        .filter((a) => a.id.startsWith(`${entry.id}/`))
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((a) => ({ file: a.filePath ?? `content/annotations/${a.id}.yaml`, annotations: a.data.annotations }));
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
  failOnErrors(problems);
  return { transcripts, speakers, sources, predictions };
}

export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
