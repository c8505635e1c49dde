import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { failOnErrors, type Pos, type Problem } from './problem.ts';
import { describeIssue } from './schema-issues.ts';
import { cleanText, scanTexts, type TextTag } from './text-elements.ts';
import { oldFormatProblems } from './old-format.ts';
import { sectionSchema, segmentSchema, type Segment } from '../schemas/segment.ts';
import { idSchema } from '../schemas/common.ts';
import { pageIdClash } from './page-ids.ts';
import { mdxSyntaxHint } from './mdx-hints.ts';
import { readNoteSpans, type NoteSpan } from './note-spans.ts';
import type { PlacedSpan } from './span-checks.ts';

/** How an author writes each text of a segment, for messages. */
export const TEXT_ELEMENTS = { original: '<Original>', translation: '<Translation>' } as const;

/** A section of a transcript with its segments, in reading order. */
export interface Section {
  id: string;
  /** The section's label in the original language. */
  original: string;
  /** The section's label in the translation language. */
  translation: string;
  segments: Segment[];
}

/** What reading a transcript body gives: its sections, where each id stands, and every problem. */
export interface BodyReading {
  sections: Section[];
  /** Section and segment id → position in the file. */
  positions: Map<string, Pos>;
  /** Every note span of every segment, with its place in the file (for the span checks). */
  spans: PlacedSpan[];
  problems: Problem[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Node = { type: string; position?: { start: { line: number; column: number } } | undefined };
const isJsx = (n: RootContent): n is JsxElement => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
const isBlank = (n: RootContent) => n.type === 'text' && n.value.trim() === '';

/** The children that matter: paragraphs wrapping inline JSX are unwrapped, blank text dropped. */
function elementChildren(el: { children: RootContent[] | unknown[] }): RootContent[] {
  const kids: RootContent[] = [];
  for (const child of el.children as RootContent[]) {
    if (child.type === 'paragraph') kids.push(...(child.children as RootContent[]).filter((c) => !isBlank(c)));
    else if (!isBlank(child)) kids.push(child);
  }
  return kids;
}

/**
 * Reads the MDX body of a transcript into sections and segments, collecting every problem:
 * `<Section>`s at the top level, `<Segment>`s inside them, one `<Original>` and one `<Translation>` in each, ids
 * unique within the file, and text that is published as written. `lineOffset` is the number of
 * lines before the body in the file (the frontmatter), so that positions are the file's own.
 */
/** A `{/* … *\/}` comment: authors (and `npm run new`) may leave them between elements. */
const isComment = (n: { type: string; value?: unknown }) => n.type === 'mdxFlowExpression' && typeof n.value === 'string' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value);

export function readTranscriptBody(body: string, file: string, lineOffset = 0): BodyReading {
  const problems: Problem[] = [];
  const positions = new Map<string, Pos>();
  const placedSpans: PlacedSpan[] = [];
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const locate = (offset: number): Pos => {
    let l = 0;
    while (l + 1 < lineStarts.length && lineStarts[l + 1]! <= offset) l++;
    return { line: l + 1 + lineOffset, col: offset - lineStarts[l]! + 1 };
  };
  const segmentStarts = [...body.matchAll(/<Segment\b[^>]*?\bid="([^"]*)"/g)].map((m) => [m.index, m[1]!] as const);
  const idAt = (offset: number) => segmentStarts.filter(([o]) => o < offset).at(-1)?.[1];
  const at = (n: Node): Pos => (n.position ? { line: n.position.start.line + lineOffset, col: n.position.start.column } : { line: 1 + lineOffset, col: 1 });
  const report = (n: Node, id: string | undefined, problem: string, fix: string) => problems.push({ file, ...at(n), id, problem, fix });

  // A body in the old format (<Zh>/<En>) gets a line saying so, not a line for every element.
  const old = oldFormatProblems(body);
  if (old.length > 0) return { sections: [], positions, spans: placedSpans, problems: old.map((o) => ({ file, ...locate(o.offset), id: idAt(o.offset), problem: o.problem, fix: o.fix })) };
  const scanned = scanTexts(body, file, locate, idAt);
  problems.push(...scanned.problems);
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(scanned.parseable) as Root;
  } catch (err) {
    const e = err as { reason?: string; message?: string; line?: number; column?: number; place?: { line?: number; column?: number } };
    const line = e.line ?? e.place?.line;
    const col = e.column ?? e.place?.column;
    const hint = mdxSyntaxHint(e.reason ?? e.message ?? String(err), line ? body.split('\n')[line - 1] ?? '' : '', col);
    problems.push({ file, line: (line ?? 1) + lineOffset, col: col ?? 1, id: line ? idAt(lineStarts[line - 1] ?? 0) : undefined, ...hint });
    return { sections: [], positions, spans: placedSpans, problems };
  }

  /** Attributes as plain strings (content stays data); MDX has already decoded &quot; and the like. */
  const attributes = (el: JsxElement, id: string | undefined): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const attr of el.attributes) {
      if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') {
        const name = attr.type === 'mdxJsxAttribute' ? attr.name : '{…}';
        report(el, id, `attribute ${name} of <${el.name}> is not a plain string`, `write it as ${name}="value"`);
        continue;
      }
      out[attr.name] = attr.value;
    }
    return out;
  };
  const idOf = (el: JsxElement) => el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;

  /**
   * The raw source between an element's tags, decoded: what the author wrote is what is published,
   * without the tags of its note spans, which are read beside it (with their place in the file).
   */
  const readText = (el: JsxElement, id: string | undefined): { text: string; spans: (NoteSpan & { pos: Pos })[] } => {
    const first = el.children[0];
    const last = el.children[el.children.length - 1];
    const start = first?.position?.start.offset;
    const end = last?.position?.end.offset;
    if (start === undefined || end === undefined) return { text: cleanText(toString(el)), spans: [] };
    const r = readNoteSpans(body.slice(start, end), `<${el.name}>`);
    for (const p of r.problems) problems.push({ file, ...locate(start + p.at), id, problem: p.problem, fix: p.fix });
    return { text: r.text, spans: r.spans.map(({ at: offset, ...span }) => ({ ...span, pos: locate(start + offset) })) };
  };

  const readSegment = (el: JsxElement): Segment | undefined => {
    const rawId = idOf(el);
    const where = typeof rawId === 'string' ? rawId : undefined;
    const attrs = attributes(el, where);
    const texts: Record<TextTag, string[]> = { Original: [], Translation: [] };
    const spans: Record<TextTag, (NoteSpan & { pos: Pos })[]> = { Original: [], Translation: [] };
    for (const child of elementChildren(el)) {
      if (isJsx(child) && (child.name === 'Original' || child.name === 'Translation')) {
        const read = readText(child, where);
        texts[child.name].push(read.text);
        if (texts[child.name].length === 1) spans[child.name] = read.spans;
      }
      else {
        const what = isJsx(child) ? `<${child.name}>` : `${child.type === 'text' ? 'text' : child.type} "${cleanText(toString(child)).slice(0, 30)}"`;
        report(child, where, `unexpected ${what} in <Segment>`, 'a <Segment> holds one <Original> and one <Translation>, nothing else');
      }
    }
    for (const lang of ['Original', 'Translation'] as const) {
      if (texts[lang].length > 1) report(el, where, `more than one <${lang}>`, `keep one <${lang}>; split the segment if it holds two paragraphs`);
    }
    if (texts.Original.length === 0) report(el, where, 'the <Original> text is missing', 'add <Original>…</Original> with the source text, verbatim');
    if (texts.Translation.length === 0) report(el, where, 'the <Translation> text is missing', 'add <Translation>…</Translation> with the translation');
    const bare = (list: (NoteSpan & { pos: Pos })[]) => list.map(({ note, start, end }) => ({ note, start, end }));
    const data = { ...attrs, original: texts.Original[0] ?? ' ', translation: texts.Translation[0] ?? ' ', spans: { original: bare(spans.Original), translation: bare(spans.Translation) } };
    if (typeof where === 'string') {
      for (const [side, list] of [['original', spans.Original], ['translation', spans.Translation]] as const) placedSpans.push(...list.map((s) => ({ ...s, segment: where, side })));
    }
    const parsed = segmentSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // A missing text is already reported above.
        if ((issue.path[0] === 'original' && texts.Original.length === 0) || (issue.path[0] === 'translation' && texts.Translation.length === 0)) continue;
        const d = describeIssue(issue, data, { original: '<Original>', translation: '<Translation>' });
        report(el, where ?? 'segment', d.problem, d.fix);
      }
      // A segment with a bad attribute still exists: notes and the registry that name it are not wrong too.
      return idSchema.safeParse(attrs.id).success ? ({ ...data, invalid: true } as unknown as Segment) : undefined;
    }
    return parsed.data;
  };

  const sections: Section[] = [];
  const seen = new Map<string, Pos>();
  const claim = (id: string, n: Node, what: string) => {
    const before = seen.get(id);
    if (before) report(n, id, `duplicate ${what} id: already used at line ${before.line}`, 'give this one a new id (ids are unique across the site)');
    else seen.set(id, at(n));
    const clash = pageIdClash(id);
    if (clash) report(n, id, `${what} id not allowed: ${clash}`, 'choose another id');
    positions.set(id, seen.get(id)!);
  };
  for (const node of tree.children) {
    if (isComment(node)) continue;
    if (node.type === 'mdxjsEsm') {
      report(node, undefined, 'imports and exports are not allowed', 'remove the line: Section, Segment, Original and Translation need no import');
      continue;
    }
    if (!isJsx(node) || node.name !== 'Section') {
      if (isBlank(node)) continue;
      const what = isJsx(node) ? `<${node.name}>` : `text "${cleanText(toString(node)).slice(0, 40)}"`;
      report(node, undefined, `${what} outside a <Section>`, 'put every <Segment> inside a <Section>; nothing else goes in the body');
      continue;
    }
    const attrs = attributes(node, undefined);
    const header = sectionSchema.safeParse(attrs);
    if (!header.success) {
      for (const issue of header.error.issues) {
        const d = describeIssue(issue, attrs);
        report(node, attrs.id ?? 'section', `<Section> ${d.problem}`, d.fix);
      }
    }
    const section: Section = { id: attrs.id ?? '', original: header.data?.original ?? '', translation: header.data?.translation ?? '', segments: [] };
    if (header.success) claim(section.id, node, 'section');
    for (const child of elementChildren(node)) {
      if (isComment(child)) continue;
      if (!isJsx(child) || child.name !== 'Segment') {
        const what = isJsx(child) ? `<${child.name}>` : `text "${cleanText(toString(child)).slice(0, 40)}"`;
        report(child, section.id || undefined, `unexpected ${what} in a <Section>`, 'a <Section> holds only <Segment>s');
        continue;
      }
      const segment = readSegment(child);
      if (!segment) continue;
      claim(segment.id, child, 'segment');
      section.segments.push(segment);
    }
    sections.push(section);
  }
  if (sections.length === 0 && problems.length === 0) problems.push({ file, line: 1 + lineOffset, col: 1, problem: 'no <Section> found', fix: 'a transcript needs at least one <Section> holding its <Segment>s' });
  return { sections, positions, spans: placedSpans, problems };
}

/** The sections of a transcript body; throws ContentProblems listing every problem. */
export function parseTranscriptBody(body: string, file: string, lineOffset = 0): Section[] {
  const r = readTranscriptBody(body, file, lineOffset);
  failOnErrors(r.problems);
  return r.sections;
}
