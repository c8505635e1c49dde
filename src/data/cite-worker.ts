/**
 * Worker thread of src/data/segment-citations.ts: formats and highlights the citations of one
 * transcript's segments at a time (cite-job.ts), off the thread that renders pages. Loaded by Node
 * itself, not bundled by Vite, so it and everything it imports are erasable TypeScript with
 * explicit `.ts` import paths.
 *
 * Results go back as one UTF-8 buffer per transcript (transferred, not copied): the page thread
 * keeps every entry until the Chinese pages are rendered, and bytes outside the JavaScript heap
 * cost it no garbage collection.
 */
import { parentPort } from 'node:worker_threads';
import { citeJob } from './cite-job.ts';
import type { CiteJob } from './cite-wire.ts';

const port = parentPort;
if (!port) throw new Error('cite-worker.ts runs as a worker thread only');

port.on('message', (job: CiteJob) => {
  citeJob(job.items).then(
    (wire) => port.postMessage({ key: job.key, ...wire }, [wire.bytes.buffer]),
    (e: unknown) => port.postMessage({ key: job.key, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
