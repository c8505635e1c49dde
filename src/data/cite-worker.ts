/**
 * Worker thread of src/data/segment-citations.ts: formats and highlights the citations of the
 * site's transcripts (cite-job.ts), off the thread that renders pages. It gets every job at start
 * and claims them itself from the back of the list (the page thread claims from the front), so it
 * never waits for the busy page thread to hand it work. Loaded by Node itself, not bundled by
 * Vite: it and everything it imports are erasable TypeScript with explicit `.ts` import paths.
 *
 * Results go back as one UTF-8 buffer per transcript (transferred, not copied): the page thread
 * keeps every entry until the Chinese pages are rendered, and bytes outside the JavaScript heap
 * cost it no garbage collection.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { citeJob } from './cite-job.ts';
import { claim, WORKER, type CiteJob } from './cite-wire.ts';

const port = parentPort;
if (!port) throw new Error('cite-worker.ts runs as a worker thread only');
const { jobs, claims } = workerData as { jobs: CiteJob[]; claims: Int32Array };

for (let i = jobs.length - 1; i >= 0; i -= 1) {
  if (!claim(claims, i, WORKER)) continue;
  const job = jobs[i]!;
  try {
    const wire = await citeJob(job.items);
    port.postMessage({ key: job.key, ...wire }, [wire.bytes.buffer]);
  } catch (e) {
    port.postMessage({ key: job.key, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
}
