import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { ContentError, describeIssues } from './content-error.ts';
import { sectionSchema, segmentSchema, type Segment } from '../schemas/segment.ts';
import { pageIdClash } from './page-ids.ts';
import { decodeCharacterReferences } from './char-refs.ts';

/** A section of a transcript with its segments, in reading order. */
export interface Section {
  id: string;
  zh: string;
  en: string;
  segments: Segment[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (n: RootContent): n is JsxElement => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
const isBlank = (n: RootContent) => n.type === 'text' && n.value.trim() === '';
const line = (n: { position?: { start: { line: number } } | undefined }) => (n.position ? `line ${n.position.start.line}: ` : '');

/** Reads an element's attributes; only plain string values are allowed, so content stays data. */
function attributes(el: JsxElement, file: string, where: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attr of el.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') {
      const name = attr.type === 'mdxJsxAttribute' ? attr.name : '{…}';
      throw new ContentError(file, where, `${line(el)}attribute ${name} of <${el.name}> must be a plain string like name="value"`);
    }
    out[attr.name] = attr.value;
  }
  return out;
}

/** The children that matter: paragraphs wrapping inline JSX are unwrapped, blank text dropped. */
function elementChildren(el: { children: RootContent[] | unknown[] }): RootContent[] {
  const kids: RootContent[] = [];
  for (const child of el.children as RootContent[]) {
    if (child.type === 'paragraph') kids.push(...(child.children as RootContent[]).filter((c) => !isBlank(c)));
    else if (!isBlank(child) && !isComment(child)) kids.push(child);
  }
  return kids;
}

/** Collapses the whitespace that line breaks in the MDX source leave inside a text. */
const cleanText = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** A `{/* … *\/}` comment: authors (and `npm run new`) may leave them between elements. */
const isComment = (n: RootContent) => n.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value);

/**
 * The raw source between an element's tags: authors write plain text, and what they write is
 * what is published (no markdown emphasis or escapes are interpreted inside <Zh>/<En>).
 */
function rawInner(el: JsxElement, body: string): string {
  const first = el.children[0];
  const last = el.children[el.children.length - 1];
  const start = first?.position?.start.offset;
  const end = last?.position?.end.offset;
  // Character references (&lt; &#123; &amp;) are how a text writes what MDX would read as syntax.
  return start === undefined || end === undefined ? cleanText(toString(el)) : decodeCharacterReferences(cleanText(body.slice(start, end)));
}

function readSegment(el: JsxElement, file: string, body: string): Segment {
  const attrs = attributes(el, file, undefined);
  const where = attrs.id ?? `segment at ${line(el).replace(/: $/, '')}`;
  const texts: Record<'Zh' | 'En', string[]> = { Zh: [], En: [] };
  for (const child of elementChildren(el)) {
    if (isJsx(child) && (child.name === 'Zh' || child.name === 'En')) {
      texts[child.name].push(rawInner(child, body));
    } else {
      const what = isJsx(child) ? `<${child.name}>` : `${child.type} "${cleanText(toString(child)).slice(0, 30)}"`;
      throw new ContentError(file, where, `${line(child)}unexpected ${what} in <Segment>: only one <Zh> and one <En> are allowed`);
    }
  }
  for (const lang of ['Zh', 'En'] as const) {
    if (texts[lang].length > 1) throw new ContentError(file, where, `${line(el)}more than one <${lang}>`);
  }
  if (texts.En.length === 0) throw new ContentError(file, where, `${line(el)}missing <En> translation`);
  if (texts.Zh.length === 0) throw new ContentError(file, where, `${line(el)}missing <Zh> original text`);
  const parsed = segmentSchema.safeParse({ ...attrs, zh: texts.Zh[0], en: texts.En[0] });
  if (!parsed.success) throw new ContentError(file, where, `${line(el)}${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}

/**
 * Parses the MDX body of a transcript into sections and segments, checking its structure:
 * `<Section>`s at the top level, `<Segment>`s inside them, one `<Zh>` and one `<En>` in each,
 * ids unique within the file. Throws a ContentError naming the file, the segment and the problem.
 */
export function parseTranscriptBody(body: string, file: string): Section[] {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
  } catch (err) {
    const e = err as { message?: string; line?: number; place?: { line?: number } };
    const at = e.line ?? e.place?.line;
    throw new ContentError(file, undefined, `malformed MDX${at ? ` near body line ${at}` : ''}: ${e.message ?? String(err)}`);
  }
  const sections: Section[] = [];
  const seen = new Set<string>();
  for (const node of tree.children) {
    if (node.type === 'mdxjsEsm') throw new ContentError(file, undefined, `${line(node)}imports and exports are not allowed: Section, Segment, Zh and En need no import`);
    if (!isJsx(node) || node.name !== 'Section') {
      if (node.type === 'html' || isBlank(node) || isComment(node)) continue;
      throw new ContentError(file, undefined, `${line(node)}text outside a <Section>: "${cleanText(toString(node)).slice(0, 40)}"`);
    }
    const attrs = attributes(node, file, undefined);
    const header = sectionSchema.safeParse(attrs);
    if (!header.success) throw new ContentError(file, attrs.id ?? 'section', `${line(node)}<Section> ${describeIssues(header.error.issues)}`);
    const section: Section = { ...header.data, segments: [] };
    for (const child of elementChildren(node)) {
      if (!isJsx(child) || child.name !== 'Segment') {
        const what = isJsx(child) ? `<${child.name}>` : `text "${cleanText(toString(child)).slice(0, 40)}"`;
        throw new ContentError(file, section.id, `${line(child)}unexpected ${what}: a <Section> holds only <Segment>s`);
      }
      const segment = readSegment(child, file, body);
      if (seen.has(segment.id)) throw new ContentError(file, segment.id, `${line(child)}duplicate segment id`);
      const clash = pageIdClash(segment.id);
      if (clash) throw new ContentError(file, segment.id, `${line(child)}segment id not allowed: ${clash}`);
      seen.add(segment.id);
      section.segments.push(segment);
    }
    if (seen.has(section.id)) throw new ContentError(file, section.id, 'section id collides with another id in this transcript');
    const clash = pageIdClash(section.id);
    if (clash) throw new ContentError(file, section.id, `${line(node)}section id not allowed: ${clash}`);
    seen.add(section.id);
    sections.push(section);
  }
  if (sections.length === 0) throw new ContentError(file, undefined, 'no <Section> found: a transcript needs at least one');
  return sections;
}
