/**
 * A split build (SHARD=i/N npm run build for each shard, then npm run build:merge) gives the very
 * dist/ a single build gives. Built on a copy of the project whose content is a small fictional
 * corpus (tests/fixtures/shard-corpus/): three transcripts, one with a renamed segment id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from '../support/project-copy';
import { shardOf, transcriptOwns } from '../../src/lib/shard';
import { emptyCorpus } from '../../scripts/lib/replace-corpus.mjs';

const corpus = join(process.cwd(), 'tests/fixtures/shard-corpus');
const slugs = readdirSync(join(corpus, 'transcripts')).map((f) => f.replace(/\.mdx$/, ''));

let copy: ProjectCopy;
let single: Map<string, Buffer>;
let merged: Map<string, Buffer>;
const shardFiles: string[][] = [];
let mergeLog = '';

beforeAll(() => {
  copy = copyProject('interlinear-shards-');
  emptyCorpus(copy.dir);
  cpSync(join(corpus, 'transcripts'), join(copy.dir, 'content/transcripts'), { recursive: true });
  cpSync(join(corpus, 'ids'), join(copy.dir, 'content/ids'), { recursive: true });
  appendFileSync(join(copy.dir, 'content/data/speakers.yaml'), `\n${readFileSync(join(corpus, 'speakers.yaml'), 'utf8')}`);

  const a = copy.build();
  expect(a.status, a.output.slice(-3000)).toBe(0);
  single = copy.dist();
  for (const i of [1, 2]) {
    const r = copy.build({ cache: `cache-shard-${i}`, env: { SHARD: `${i}/2` } });
    expect(r.status, r.output.slice(-3000)).toBe(0);
    cpSync(join(copy.dir, 'dist'), join(copy.dir, `shard-${i}`), { recursive: true });
    shardFiles.push([...copy.dist().keys()]);
  }
  const m = copy.npm('build:merge', ['shard-1', 'shard-2'], { cache: 'cache-merge' });
  expect(m.status, m.output.slice(-3000)).toBe(0);
  mergeLog = m.output;
  merged = copy.dist();
}, 1_200_000);

afterAll(() => copy?.remove());

describe('a build split in two shards and merged', () => {
  it('splits the fixture corpus over both shards, each holding only its own transcripts\' files', () => {
    expect(new Set(slugs.map((s) => shardOf(s, 2)))).toEqual(new Set([1, 2]));
    shardFiles.forEach((files, i) => {
      const own = slugs.filter((s) => shardOf(s, 2) === i + 1);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(own.some((s) => transcriptOwns(f, s)), f).toBe(true);
      for (const s of own) expect(files).toContain(`transcripts/${s}/index.html`);
    });
  });

  it('indexes every segment once, in the merge step', () => {
    // Segments and notes are records alike; the fixture corpus has no notes, so its 12 records are its 12 segments.
    expect(mergeLog).toMatch(/search: indexed 12 records \(segments and notes\)/);
  });

  it('gives the same dist/ as a single build, file for file', () => {
    expect([...merged.keys()].sort()).toEqual([...single.keys()].sort());
    const differing = [...single].filter(([f, bytes]) => !merged.get(f)!.equals(bytes)).map(([f]) => f);
    expect(differing).toEqual([]);
  });
});
