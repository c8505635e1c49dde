/**
 * Makes `fs.promises.mkdir` and `fs.promises.writeFile` blocking for the duration of `astro build`.
 *
 * Why: Astro writes the pages one at a time, each with those two calls (astro/dist/core/build/
 * generate.js). Each call goes to libuv's thread pool and back while the page thread, with nothing
 * else to do, waits for it: at 10,000 segments, 20,000 page folders and files. Done on the page
 * thread itself, `astro build` of that corpus was faster in each of four alternating pairs, by
 * 5–30 s (docs/architecture.md, "The build's steps").
 *
 * The functions keep their promise-returning signatures (an error becomes a rejected promise, as
 * before); a call the blocking versions cannot stand in for (a file handle, streamed data, an abort
 * signal) goes to the original. Worker threads have their own `fs` and are not affected. The
 * originals are put back when the build is done.
 */
import fs from 'node:fs';
import type { AstroIntegration } from 'astro';

type Mkdir = typeof fs.promises.mkdir;
type WriteFile = typeof fs.promises.writeFile;

export default function blockingWrites(): AstroIntegration {
  const original = { mkdir: fs.promises.mkdir, writeFile: fs.promises.writeFile };
  const mkdir = (async (path: fs.PathLike, options?: fs.MakeDirectoryOptions | fs.Mode | null) => fs.mkdirSync(path, options)) as Mkdir;
  const writeFile: WriteFile = async (file, data, options) => {
    const path = typeof file === 'string' || file instanceof URL || Buffer.isBuffer(file);
    const whole = typeof data === 'string' || ArrayBuffer.isView(data);
    const signal = typeof options === 'object' && options !== null && 'signal' in options && options.signal;
    if (!path || !whole || signal) return original.writeFile(file, data, options);
    fs.writeFileSync(file, data, options as fs.WriteFileOptions);
    // Then one turn of the event loop. Without it the pages ran back to back in microtasks, and what
    // waits for the loop piled up (most likely native memory that finalizers free, such as the share
    // images'): this site's build peaked at 1.18–1.20 GB instead of 745–785 MB.
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  return {
    name: 'interlinear:blocking-writes',
    hooks: {
      'astro:build:start': () => {
        Object.assign(fs.promises, { mkdir, writeFile });
      },
      'astro:build:done': () => {
        Object.assign(fs.promises, original);
      },
    },
  };
}
