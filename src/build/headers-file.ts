/**
 * Reading a `_headers` file (the format Cloudflare Pages and Netlify read; scripts/write-headers.mjs
 * writes ours) so that scripts/serve.mjs, and with it every test and benchmark, sends the headers a
 * host would. Pure, dependency-free, erasable TypeScript: imported by Node scripts directly.
 */

/** One header line: its lower-case name and its value. */
export type Header = [name: string, value: string];

/**
 * Parses the rules of a `_headers` file: a path pattern on its own line (`*` matches anything,
 * `:name` one path segment), then its indented `Name: value` lines; `#` starts a comment line.
 * Returns the headers of every rule whose pattern matches a path, in file order.
 */
export function parseHeaders(text: string): (pathname: string) => Header[] {
  const rules: { path: RegExp; headers: Header[] }[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/u.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/gu, '\\$&').replace(/\*/gu, '.*').replace(/:\w+/gu, '[^/]+');
      rules.push({ path: new RegExp(`^${pattern}$`, 'u'), headers: [] });
      return;
    }
    const at = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || at < 1) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path, found "${line.trim()}"`);
    rule.headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
  });
  return (pathname) => rules.filter((r) => r.path.test(pathname)).flatMap((r) => r.headers);
}
