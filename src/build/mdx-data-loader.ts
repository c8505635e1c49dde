/**
 * A content loader (Astro's documented Loader API) for MDX files read as data: the frontmatter,
 * validated by the collection's schema, and the body as text. Transcripts are parsed into segments
 * by src/lib/transcript-body.ts, and the About pages are rendered by importing their MDX module, so
 * no collection entry needs Astro's per-entry render module (whose "use astro:head-inject"
 * directive is what the bundler warned about, once per MDX file, on every build).
 *
 * It also carries `kind`, `pattern` and `base`, which is how `npm run check` finds its files.
 */
import type { Loader } from 'astro/loaders';
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const frontmatterRE = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export function mdxData(options: { pattern: string; base: string }): Loader & { kind: 'glob'; pattern: string; base: string } {
  return {
    name: 'interlinear:mdx-data',
    kind: 'glob',
    pattern: options.pattern,
    base: options.base,
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, options.base);
      const sync = async () => {
        store.clear();
        for (const f of globSync(options.pattern, { cwd: dir }).sort()) {
          const filePath = relative(root, join(dir, f));
          const code = readFileSync(join(dir, f), 'utf8');
          const m = frontmatterRE.exec(code);
          const raw = (m ? parse(m[1]!, { customTags: ['timestamp'] }) : {}) as Record<string, unknown>;
          const id = typeof raw.slug === 'string' ? raw.slug : f.replace(/\.mdx$/, '');
          const data = await parseData({ id, data: raw, filePath });
          store.set({ id, data, body: m ? code.slice(m.index + m[0].length) : code, filePath, digest: generateDigest(code) });
        }
      };
      await sync();
      watcher?.on('all', (_event, file) => {
        if (file.startsWith(dir) && file.endsWith('.mdx')) void sync();
      });
    },
  };
}
