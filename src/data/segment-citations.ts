/**
 * Each segment's citations in every format, with the highlighted HTML of its code formats, shared
 * by the segment pages of both interface languages (the citation text is English in both).
 *
 * Formatting (one citeproc run per style and transcript, formatEach) and highlighting were most of
 * the build time of a large corpus, and Astro renders pages on one thread. So the work is shared
 * with a worker thread (src/data/cite-worker.ts): when the first segment page asks, every
 * transcript of the site is queued. Pages are rendered in transcript order, so the worker takes
 * transcripts from the back of the queue, and a page whose transcript nobody has started formats
 * it in its own thread rather than wait: the two meet in the middle, both cores busy.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { segmentItem } from '../lib/citations';
import type { Transcript } from '../lib/assemble';
import type { Speaker } from '../schemas/speaker';
import { getSite } from './site';
import { citeJob } from './cite-job';
import { decodeEntry, entryBytes, type CiteJob, type SegmentCitation, type Wire } from './cite-wire';

/** File URL of cite-worker.ts, defined in astro.config.mjs (Vite does not bundle workers for the server build). */
declare const __CITE_WORKER__: string;

/** Worker threads beside the page thread: one on two cores; CITE_WORKERS overrides (0: none). */
const WORKERS = process.env.CITE_WORKERS !== undefined ? Number(process.env.CITE_WORKERS) : Math.max(1, Math.min(2, availableParallelism() - 1));

/** Per transcript slug: its entries, as bytes of JSON (decoded when a page needs one). */
const results = new Map<string, Promise<Map<string, Uint8Array>>>();
/** Jobs nobody has started, in page order, and how to settle each one's result. */
const queue: CiteJob[] = [];
const settle = new Map<string, { resolve: (w: Wire) => void; reject: (e: Error) => void }>();

function enqueue(job: CiteJob): void {
  results.set(job.key, new Promise<Wire>((resolve, reject) => settle.set(job.key, { resolve, reject })).then(entryBytes));
  queue.push(job);
}

function done(key: string, outcome: { wire: Wire } | { error: Error }): void {
  const s = settle.get(key);
  settle.delete(key);
  if ('wire' in outcome) s?.resolve(outcome.wire);
  else s?.reject(outcome.error);
}

function startWorker(): void {
  const worker = new Worker(new URL(__CITE_WORKER__));
  let current: string | undefined;
  const next = () => {
    const job = queue.pop();
    current = job?.key;
    if (job) worker.postMessage(job);
    else void worker.terminate();
  };
  worker.on('message', (msg: { key: string; error?: string } & Partial<Wire>) => {
    done(msg.key, msg.error === undefined ? { wire: msg as Wire } : { error: new Error(`citations of ${msg.key}: ${msg.error}`) });
    next();
  });
  worker.on('error', (e) => current && done(current, { error: e }));
  worker.on('exit', (code) => current && done(current, { error: new Error(`citation worker exited with code ${code}`) }));
  next();
}

async function transcriptCitations(t: Transcript, speakers: ReadonlyMap<string, Speaker>, site: URL): Promise<Map<string, Uint8Array>> {
  if (!results.has(t.meta.slug)) {
    const { transcripts } = await getSite();
    if (results.size === 0) {
      const order = [t, ...transcripts.filter((x) => x !== t)];
      for (const x of order) enqueue({ key: x.meta.slug, items: x.segments.map((s) => segmentItem(s, { meta: x.meta, speakers, site })) });
      for (let i = 0; i < Math.min(WORKERS, queue.length - 1); i += 1) startWorker();
    } else if (!results.has(t.meta.slug)) {
      enqueue({ key: t.meta.slug, items: t.segments.map((s) => segmentItem(s, { meta: t.meta, speakers, site })) });
    }
  }
  // Not started by a worker: format it here.
  const at = queue.findIndex((j) => j.key === t.meta.slug);
  if (at >= 0) {
    const [job] = queue.splice(at, 1);
    await citeJob(job!.items).then(
      (wire) => done(job!.key, { wire }),
      (e: unknown) => done(job!.key, { error: e as Error }),
    );
  }
  return results.get(t.meta.slug)!;
}

export async function segmentCitation(t: Transcript, id: string, speakers: ReadonlyMap<string, Speaker>, site: URL): Promise<SegmentCitation | undefined> {
  const bytes = (await transcriptCitations(t, speakers, site)).get(id);
  return bytes && decodeEntry(bytes);
}
