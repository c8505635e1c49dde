/**
 * The docs are split into index pages and topic pages, and error messages send publishers to them
 * by path and section: a moved section must not leave a message or a link pointing nowhere.
 * Also holds the size rule of issue #23 (no file the team writes over 300 lines, README ≤ 150).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

const root = normalize(join(import.meta.dirname, '../..'));
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const markdown = tracked.filter((f) => f.endsWith('.md') && (f.startsWith('docs/') || !f.includes('/') || f === 'examples/README.md'));

/** Lines outside fenced code blocks, where Markdown headings and links are real. */
function prose(text: string): string[] {
  let fenced = false;
  return text.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    return !fenced;
  });
}

const targetsOf = new Map<string, { titles: string[]; anchors: Set<string> }>();

/** A file's headings and bold run-in titles as a reader sees them, with GitHub's anchors (worked out once a file). */
function targets(file: string): { titles: string[]; anchors: Set<string> } {
  const known = targetsOf.get(file);
  if (known) return known;
  const slugger = new GithubSlugger();
  const lines = prose(read(file));
  const headings = lines.flatMap((l) => /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(l)?.[1] ?? []).map((h) => h.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
  const bold = lines.flatMap((l) => [...l.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!));
  const found = { titles: [...headings, ...bold].map((t) => t.replaceAll('`', '')), anchors: new Set(headings.map((h) => slugger.slug(h))) };
  targetsOf.set(file, found);
  return found;
}

describe('links between the docs', () => {
  const links = markdown.flatMap((file) =>
    prose(read(file)).flatMap((line) =>
      [...line.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => ({ file, href: m[1]! })).filter(({ href }) => !/^[a-z]+:/.test(href)),
    ),
  );

  it('finds links to check', () => expect(links.length).toBeGreaterThan(50));

  it.each(links)('$file → $href', ({ file, href }) => {
    const [path = '', anchor] = href.split('#');
    const target = path === '' ? file : normalize(join(dirname(file), decodeURI(path)));
    expect(existsSync(join(root, target)), `${file}: ${href} names no file`).toBe(true);
    if (anchor && target.endsWith('.md')) expect([...targets(target).anchors], `${file}: ${href} names no heading`).toContain(decodeURIComponent(anchor));
  });
});

describe('pointers from messages and comments into the docs', () => {
  const code = tracked.filter((f) => /^(src|scripts|bench|tests|examples)\/|^astro\.config\.mjs$/.test(f) && /\.(ts|mjs|js|astro|md)$/.test(f) && !f.endsWith('docs-links.test.ts'));
  // "docs/x.md" alone, or followed by the section it means: `docs/x.md, "Section"` or `docs/x.md ("Section")`.
  const pointers = code.flatMap((file) =>
    [...read(file).matchAll(/docs\/([\w./-]+\.md)(?:(?:,|\s*\()\s*(?:\*\s*|\/\/\s*)?"([^"]+)")?/g)].map((m) => ({ file, doc: `docs/${m[1]}`, section: m[2] })),
  );

  it('finds pointers to check', () => expect(pointers.filter((p) => p.section).length).toBeGreaterThan(5));

  it.each(pointers)('$file → $doc $section', ({ file, doc, section }) => {
    expect(existsSync(join(root, doc)), `${file} points to ${doc}, which does not exist`).toBe(true);
    if (section) expect(targets(doc).titles.some((t) => t.startsWith(section)), `${file}: ${doc} has no section "${section}"`).toBe(true);
  });
});

describe('file sizes (issue #23)', () => {
  // Content grows with what is published, and package-lock.json is generated: neither is ours to trim.
  const written = tracked.filter((f) => !f.startsWith('content/') && f !== 'package-lock.json' && !/\.(png|jpe?g|webp|ogg|mp3|wav|woff2?|ttf)$/.test(f));
  const lines = (f: string) => {
    const text = read(f);
    return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  };

  it('no file the team writes is over 300 lines', () => {
    expect(written.map((f) => ({ f, n: lines(f) })).filter(({ n }) => n > 300).map(({ f, n }) => `${f}: ${n} lines`)).toEqual([]);
  });

  it('the README is at most 150 lines', () => expect(lines('README.md')).toBeLessThanOrEqual(150));
});
