/**
 * Keeps dist/ between builds instead of letting Astro empty it, so that a page Astro's incremental
 * build skips stays where it is: emptying dist/ (tens of thousands of unlinks) and copying every
 * skipped page back from Astro's cache was most of a nothing-changed build. Astro skips emptying
 * when Vite's documented `build.emptyOutDir` is false (astro.config.mjs), and then keeps any page
 * already in dist/ whose key and code are unchanged. So dist/ must hold nothing but what the last
 * finished build wrote, untouched since; this integration makes sure of it:
 * - at the end of a build it records every page and endpoint file Astro put out (the documented
 *   `assets` of `astro:build:done`), each with its inode, change time and size;
 * - at the start of the next it deletes everything else in dist/ (Vite's bundles, public files, the
 *   later steps' files), and every recorded file whose inode, change time or size moved (written by
 *   another build, a stopped build or by hand), so that Astro renders or restores it again;
 * - with no record (first build, another cache folder) it empties dist/ as Astro would.
 * The later steps' compressed copies beside a kept file are kept too: scripts/compress.mjs checks
 * each against its cache by inode. Pages gone from the build are deleted at its end.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file's identity on disk: any write, rename over it or `touch` changes one of these. */
type Stamp = string;
const stampOf = (file: string): Stamp | undefined => {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.ino}:${s.ctimeNs}:${s.size}`;
  } catch {
    return undefined;
  }
};

/** A git checkout in dist/ (a gh-pages worktree, say) is left alone, as Astro's own emptying leaves it. */
const GIT = '.git';

/** Every file under `dir` (a path ending in a separator), relative to it with forward slashes; cut from the entries' own paths, which path.relative made slow for tens of thousands. */
function filesUnder(dir: string): string[] {
  const base = dir.slice(0, -1);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => `${e.parentPath}${sep}${e.name}`.slice(base.length + 1).split(sep).join('/'))
    .filter((f) => f !== GIT && !f.startsWith(`${GIT}/`));
}

/**
 * Deletes `files` (relative to `dir`), then the folders that this left empty, up to `dir`: a fresh
 * build has no empty folder. Only the removed files' folders are looked at, not the whole tree.
 */
function removeFiles(dir: string, files: Iterable<string>) {
  const folders = new Set<string>();
  for (const f of files) {
    rmSync(join(dir, f), { force: true });
    folders.add(dirname(join(dir, f)));
  }
  for (const f of [...folders].sort((a, b) => b.length - a.length)) {
    for (let d = f; d.length > dir.length && d.startsWith(dir) && existsSync(d) && readdirSync(d).length === 0; d = dirname(d)) rmSync(d, { recursive: true });
  }
}

/** The compressed copies scripts/compress.mjs writes beside a file. */
const copyOf = /\.(br|gz)$/;

export default function keepDist({ record }: { record: string }): AstroIntegration {
  let outDir = '';
  let previous: Record<string, Stamp> | undefined;
  return {
    name: 'interlinear:keep-dist',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]?$/, sep);
      },
      'astro:build:start': ({ logger }) => {
        try {
          const saved = JSON.parse(readFileSync(record, 'utf8')) as { outDir: string; files: Record<string, Stamp> };
          previous = saved.outDir === outDir ? saved.files : undefined;
        } catch {
          previous = undefined;
        }
        // The record says this build's dist/ is unfinished until the build ends (a stopped build leaves none).
        rmSync(record, { force: true });
        if (!previous) {
          for (const e of existsSync(outDir) ? readdirSync(outDir) : []) if (e !== GIT) rmSync(join(outDir, e), { recursive: true, force: true });
          logger.info('dist/ emptied: no record of the last build in this cache folder');
          return;
        }
        const kept = new Set(Object.entries(previous).filter(([f, stamp]) => stampOf(join(outDir, f)) === stamp).map(([f]) => f));
        const others = filesUnder(outDir).filter((f) => !kept.has(f) && !(copyOf.test(f) && kept.has(f.slice(0, -3))));
        removeFiles(outDir, others);
        logger.info(`dist/ kept: ${kept.size} pages from the last build, ${others.length} other files removed`);
      },
      'astro:build:done': ({ assets, logger }) => {
        const root = outDir;
        const files: Record<string, Stamp> = {};
        for (const urls of assets.values()) {
          for (const url of urls) {
            const f = fileURLToPath(url).slice(root.length).split(sep).join('/');
            const stamp = stampOf(join(root, f));
            if (stamp) files[f] = stamp;
          }
        }
        // Pages the last build had and this one has not (a removed segment's, say), with their copies.
        const gone = Object.keys(previous ?? {}).filter((f) => !files[f]).flatMap((f) => [f, `${f}.br`, `${f}.gz`]).filter((f) => existsSync(join(root, f)));
        removeFiles(root, gone);
        if (gone.length) logger.info(`dist/: ${gone.length} files of pages no longer built removed`);
        mkdirSync(dirname(record), { recursive: true });
        writeFileSync(record, JSON.stringify({ outDir, files }));
      },
    },
  };
}
