/**
 * The one place pages get content from: loads the collections, assembles and cross-checks every
 * transcript once per build, and fails the build with a ContentError on any inconsistency.
 */
import { getCollection } from 'astro:content';
import { assembleTranscript, checkSiteWideIds, type Transcript } from '../lib/assemble';
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
  const transcripts = (await getCollection('transcripts'))
    .map((entry) => {
      const file = entry.filePath ?? `content/transcripts/${entry.id}.mdx`;
      const annotationFiles = annotationEntries
        .filter((a) => a.id.startsWith(`${entry.id}/`))
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((a) => ({ file: a.filePath ?? `content/annotations/${a.id}.yaml`, annotations: a.data.annotations }));
      return assembleTranscript({ meta: entry.data, file, body: entry.body ?? '', speakers, sources, annotationFiles });
    })
    .sort((a, b) => b.meta.date.getTime() - a.meta.date.getTime());
  checkSiteWideIds(transcripts);
  return { transcripts, speakers, sources, predictions };
}

export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
