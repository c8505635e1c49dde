// What the import needs to know about the site as it is: known speakers and every id in use.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import { parse } from 'yaml';

/** The body of a transcript file: its YAML frontmatter is not MDX (a `{` in a title would not parse as MDX). */
export const bodyOf = (mdx) => mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

/** Sections and segments of a transcript file, with their ids and original (`<Original>`) text, decoded. */
export function readTranscriptItems(mdx) {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(bodyOf(mdx));
  const sections = [];
  const segments = [];
  const attr = (node, name) => node.attributes.find((a) => a.name === name)?.value;
  const walk = (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'Section') sections.push({ id: attr(node, 'id'), original: attr(node, 'original') ?? '' });
      if (node.name === 'Segment') {
        let original = '';
        const find = (n) => {
          if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'Original') original = toString(n);
          else for (const c of n.children ?? []) find(c);
        };
        find(node);
        segments.push({ id: attr(node, 'id'), original });
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return { sections: sections.filter((s) => typeof s.id === 'string'), segments: segments.filter((s) => typeof s.id === 'string') };
}

/** Known speakers, and every section and segment id of the other transcripts and of every registry. */
export function readSite(root, slug) {
  const speakers = parse(readFileSync(new URL('content/data/speakers.yaml', root), 'utf8')) ?? [];
  const ids = new Set();
  const transcripts = new URL('content/transcripts/', root);
  for (const name of existsSync(transcripts) ? readdirSync(transcripts) : []) {
    if (!name.endsWith('.mdx') || name === `${slug}.mdx`) continue;
    const { sections, segments } = readTranscriptItems(readFileSync(new URL(name, transcripts), 'utf8'));
    for (const item of [...sections, ...segments]) ids.add(item.id);
  }
  const registries = new URL('content/ids/', root);
  for (const name of existsSync(registries) ? readdirSync(registries) : []) {
    if (!name.endsWith('.json') || name === `${slug}.json`) continue;
    const r = JSON.parse(readFileSync(new URL(name, registries), 'utf8'));
    for (const id of [...(r.ids ?? []), ...Object.keys(r.redirects ?? {})]) ids.add(id);
  }
  return { speakers, ids };
}
