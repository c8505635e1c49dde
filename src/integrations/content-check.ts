/**
 * `npm run dev` runs the same content check as `npm run check` and `npm run build`: at start and
 * after every change under content/. While content has errors, every page answers with the list of
 * problems (dev refuses what the build refuses), and Vite's error overlay points at the author's
 * own file and line (`server.ws.send({ type: 'error', … })`, Vite's documented HMR API).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Result {
  problems: { file: string; line?: number; col?: number; warning?: boolean }[];
  errors: number;
  lines: string[];
}

/** The problem page reloads once the content is fixed (Vite's client API: createHotContext, hot.on, hot.send). */
const PAGE_SCRIPT = "import { createHotContext } from '/@vite/client'; const hot = createHotContext('/@interlinear/content-check'); hot.on('interlinear:content-ok', () => location.reload()); hot.send('interlinear:content-status');";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  let dev = false;
  return {
    name: 'interlinear:content-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        root = fileURLToPath(config.root);
        // `npm run build` runs the check before astro build (package.json); this is for the dev server.
        dev = command === 'dev';
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!dev) return;
        let latest: Promise<Result> | undefined;
        let shown: Result | undefined;
        const report = (r: Result) => {
          const first = r.problems.find((p) => !p.warning);
          if (!first) return;
          server.ws.send({
            type: 'error',
            err: { name: 'ContentProblems', title: `${r.errors} problem(s) in the content`, hint: 'The build refuses this content too. `npm run check` lists the same lines.', message: r.lines.filter((_, i) => !r.problems[i]!.warning).join('\n'), stack: '', plugin: 'content check (npm run check)', id: join(root, first.file), loc: { file: join(root, first.file), line: first.line ?? 1, column: first.col ?? 1 } },
          });
        };
        const run = () => {
          latest = import(pathToFileURL(join(root, 'scripts/check-runner.mjs')).href)
            .then((m: { checkRepository(root: string): Promise<Result> }) => m.checkRepository(root))
            .then((r) => {
              shown = r;
              if (r.errors > 0) {
                logger.error(`${r.errors} problem(s) in the content:\n${r.lines.join('\n')}`);
                report(r);
              } else {
                logger.info(r.lines.length ? `content OK, with warnings:\n${r.lines.join('\n')}` : 'content OK');
                // Clears an overlay left by a problem that is now fixed, and the problem pages.
                server.ws.send({ type: 'full-reload' });
                server.ws.send('interlinear:content-ok', {});
              }
              return r;
            });
          return latest;
        };
        let timer: ReturnType<typeof setTimeout> | undefined;
        let settle: ((r: Promise<Result>) => void) | undefined;
        const onChange = (file: string) => {
          if (!file.startsWith(join(root, 'content'))) return;
          // Pages asked for from now on wait for the new result (an editor's save may come as several events).
          if (!settle) latest = new Promise<Result>((resolve) => (settle = resolve));
          clearTimeout(timer);
          timer = setTimeout(() => {
            const done = settle!;
            settle = undefined;
            done(run());
          }, 150);
        };
        server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
        server.ws.on('connection', () => shown && shown.errors > 0 && report(shown));
        // A problem page asks once connected, so that a fix made while it was loading is not missed.
        server.ws.on('interlinear:content-status', (_data: unknown, client: { send(event: string, payload?: unknown): void }) => {
          void latest?.then((r) => r.errors === 0 && client.send('interlinear:content-ok', {}));
        });
        server.middlewares.use((req, res, next) => {
          if (!(req.headers.accept ?? '').includes('text/html')) return next();
          void (latest ?? run()).then((r) => {
            if (r.errors === 0) return next();
            res.statusCode = 500;
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>Content problems</title><script type="module">${PAGE_SCRIPT}</script><h1>The content has ${r.errors} problem(s)</h1><p>The build refuses it too. Fix these, and the page reloads:</p><pre>${escape(r.lines.join('\n'))}</pre></html>`);
          }, next);
        });
        void run();
      },
    },
  };
}
