/** What `npm run check` gives src/content.config.ts for `astro/loaders`: where each collection's files are. */
export interface FileLoaderSpec {
  kind: 'file';
  path: string;
}
export interface GlobLoaderSpec {
  kind: 'glob';
  pattern: string | string[];
  base?: string | undefined;
}
export type LoaderSpec = FileLoaderSpec | GlobLoaderSpec;

export const file = (path: string): FileLoaderSpec => ({ kind: 'file', path });
export const glob = (options: { pattern: string | string[]; base?: string }): GlobLoaderSpec => ({ kind: 'glob', pattern: options.pattern, base: options.base });
