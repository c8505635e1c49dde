/**
 * Reads every collection of src/content.config.ts the way Astro's file() and glob() loaders do,
 * keeping positions: one entry per item (file loader) or per file (glob loader).
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LoaderSpec } from './shims/astro-loaders';
import { parseYaml, type YamlFile } from './yaml-file';
import type { Problem } from '../../lib/problem';

/** A collection as the check sees it. */
export interface CollectionSpec {
  name: string;
  loader: LoaderSpec | unknown;
  schema?: unknown;
}

/** One entry: its data and where each of its fields stands. */
export interface Entry {
  collection: string;
  /** Astro's id: the item's id (file loader), or the frontmatter slug or path without extension (glob loader). */
  id: string;
  /** Path relative to the repository root. */
  file: string;
  data: Record<string, unknown>;
  yaml: YamlFile;
  /** The entry's path inside its YAML document (a list index for the file loader). */
  at: (string | number)[];
  /** MDX/Markdown body and the number of file lines before it. */
  body?: { text: string; lineOffset: number } | undefined;
}

const frontmatterRE = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
const lines = (s: string) => s.split('\n').length - 1;

function readMarkdown(root: string, file: string, collection: string, fallbackId: string): { entry?: Entry; problems: Problem[] } {
  const code = readFileSync(join(root, file), 'utf8');
  const m = frontmatterRE.exec(code);
  if (!m) return { problems: [{ file, line: 1, col: 1, problem: 'no frontmatter', fix: 'start the file with a --- block holding its fields, closed by ---' }] };
  const yaml = parseYaml(m[1]!, file, lines(code.slice(0, m.index + m[0].indexOf(m[1]!))));
  const end = m.index + m[0].length;
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  const id = typeof data.slug === 'string' ? data.slug : fallbackId;
  return { entry: { collection, id, file, data, yaml, at: [], body: { text: code.slice(end), lineOffset: lines(code.slice(0, end)) } }, problems: yaml.problems };
}

/** All entries of one collection, and the problems of reading them (syntax errors). */
export function readCollection(root: string, spec: CollectionSpec): { entries: Entry[]; problems: Problem[] } {
  const loader = spec.loader as LoaderSpec;
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  if (loader?.kind === 'file') {
    const file = loader.path.replace(/^\.\//, '');
    const text = readFileSync(join(root, file), 'utf8');
    const yaml = file.endsWith('.json') ? jsonAsYaml(text, file) : parseYaml(text, file);
    problems.push(...yaml.problems);
    const data = yaml.data;
    const items: [string | number, unknown][] = Array.isArray(data) ? data.map((d, i) => [i, d]) : data && typeof data === 'object' ? Object.entries(data) : [];
    for (const [key, item] of items) {
      const o = (item ?? {}) as Record<string, unknown>;
      const id = String(o.id ?? o.slug ?? (typeof key === 'string' ? key : ''));
      if (!id) problems.push({ file, ...yaml.posOf([key]), problem: 'item without an id', fix: 'add id: <kebab-case-id> to the item' });
      entries.push({ collection: spec.name, id, file, data: typeof key === 'string' ? { id: key, ...o } : o, yaml, at: [key] });
    }
  } else if (loader?.kind === 'glob') {
    const base = (loader.base ?? '.').replace(/^\.\//, '');
    const patterns = Array.isArray(loader.pattern) ? loader.pattern : [loader.pattern];
    const files = [...new Set(patterns.flatMap((p) => globSync(p, { cwd: join(root, base) })))].sort();
    for (const f of files) {
      const file = relative(root, join(root, base, f));
      const fallbackId = f.replace(/\.[^./]+$/, '');
      if (/\.(mdx?|markdown)$/.test(f)) {
        const r = readMarkdown(root, file, spec.name, fallbackId);
        problems.push(...r.problems);
        if (r.entry) entries.push(r.entry);
      } else {
        const text = readFileSync(join(root, file), 'utf8');
        const yaml = f.endsWith('.json') ? jsonAsYaml(text, file) : parseYaml(text, file);
        problems.push(...yaml.problems);
        const data = (yaml.data ?? {}) as Record<string, unknown>;
        entries.push({ collection: spec.name, id: typeof data.slug === 'string' ? data.slug : fallbackId, file, data, yaml, at: [] });
      }
    }
  } else {
    problems.push({ file: 'src/content.config.ts', warning: true, problem: `collection "${spec.name}" uses a loader the check cannot read`, fix: 'its entries are checked by the build only' });
  }
  return { entries, problems };
}

/** JSON is YAML: parsed the same way, for positions. */
const jsonAsYaml = (text: string, file: string) => parseYaml(text, file);
