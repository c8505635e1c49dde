/**
 * Each segment's citations in every format, with the highlighted HTML of its code formats, shared
 * by the segment pages of both interface languages (the citation text is English in both).
 *
 * Formatting (formatEach, src/lib/cite-each.ts) and highlighting were most of the build time of a
 * large corpus, and Astro renders pages on one thread. So the work is shared
 * with a worker thread (src/data/cite-worker.ts): when the first segment page asks, every
 * transcript of the site becomes a job. Pages are rendered in transcript order, so the worker
 * claims jobs from the back, and a page whose transcript nobody has claimed formats it in its own
 * thread rather than wait: the two meet in the middle, both cores busy.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { segmentItem } from '../lib/citations';
import type { Transcript } from '../lib/assemble';
import type { Speaker } from '../schemas/speaker';
import { getSite } from './site';
import { citeJob } from './cite-job';
import { claim, decodeEntry, entryBytes, PAGES, WORKER, type CiteJob, type SegmentCitation, type Wire } from './cite-wire';

/** File URL of cite-worker.ts, defined in astro.config.mjs (Vite does not bundle workers for the server build). */
declare const __CITE_WORKER__: string;

/** Worker threads beside the page thread: one on two cores; CITE_WORKERS overrides (0: none). */
const WORKERS = process.env.CITE_WORKERS !== undefined ? Number(process.env.CITE_WORKERS) : Math.max(1, Math.min(2, availableParallelism() - 1));

interface Jobs {
  list: CiteJob[];
  index: Map<string, number>;
  claims: Int32Array;
  /** Per job: its entries as bytes of JSON (decoded when a page needs one). */
  results: Promise<Map<string, Uint8Array>>[];
  settle: ((outcome: { wire: Wire } | { error: Error }) => void)[];
}
let jobs: Promise<Jobs> | undefined;

function start(list: CiteJob[]): Jobs {
  const settle: Jobs['settle'] = [];
  const results = list.map((_, i) =>
    new Promise<Wire>((resolve, reject) => (settle[i] = (o) => ('wire' in o ? resolve(o.wire) : reject(o.error)))).then(entryBytes),
  );
  const j: Jobs = { list, index: new Map(list.map((job, i) => [job.key, i])), claims: new Int32Array(new SharedArrayBuffer(4 * list.length)), results, settle };
  for (let w = 0; w < Math.min(WORKERS, list.length - 1); w += 1) {
    const worker = new Worker(new URL(__CITE_WORKER__), { workerData: { jobs: list, claims: j.claims } });
    const answered = new Set<number>();
    worker.on('message', (msg: { key: string; error?: string } & Partial<Wire>) => {
      const i = j.index.get(msg.key)!;
      answered.add(i);
      settle[i]!(msg.error === undefined ? { wire: msg as Wire } : { error: new Error(`citations of ${msg.key}: ${msg.error}`) });
    });
    // A worker that dies leaves its claimed jobs unanswered: fail them (and so the build).
    const fail = (error: Error) => list.forEach((_, i) => Atomics.load(j.claims, i) === WORKER && !answered.has(i) && settle[i]!({ error }));
    worker.on('error', fail);
    // Its last messages may still be on their way when it exits normally.
    worker.on('exit', (code) => setImmediate(() => fail(new Error(`citation worker exited with code ${code} before answering`))));
  }
  return j;
}

async function transcriptCitations(t: Transcript, speakers: ReadonlyMap<string, Speaker>, site: URL): Promise<Map<string, Uint8Array>> {
  jobs ??= getSite().then(({ transcripts }) =>
    start([t, ...transcripts.filter((x) => x !== t)].map((x) => ({ key: x.meta.slug, items: x.segments.map((s) => segmentItem(s, { meta: x.meta, speakers, site })) }))),
  );
  const j = await jobs;
  const i = j.index.get(t.meta.slug);
  if (i === undefined) throw new Error(`segment citations: ${t.meta.slug} is not a transcript of the site`);
  // Not claimed by a worker yet: format it here rather than wait.
  if (claim(j.claims, i, PAGES)) {
    try {
      j.settle[i]!({ wire: await citeJob(j.list[i]!.items) });
    } catch (e) {
      j.settle[i]!({ error: e as Error });
    }
  }
  return j.results[i]!;
}

export async function segmentCitation(t: Transcript, id: string, speakers: ReadonlyMap<string, Speaker>, site: URL): Promise<SegmentCitation | undefined> {
  const bytes = (await transcriptCitations(t, speakers, site)).get(id);
  return bytes && decodeEntry(bytes);
}
