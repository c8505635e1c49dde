/**
 * A YAML text parsed with positions: the data (as Astro's loaders read it, dates included), every
 * syntax error with its line and a hint, and the position of any path in it.
 */
import { isPair, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { Pos, Problem } from '../../lib/problem';

export interface YamlFile {
  data: unknown;
  /** Syntax errors (with `file` and position, relative to the whole file). */
  problems: Problem[];
  /** Where a path (keys and list indexes) stands: the value, or the nearest item that exists. */
  posOf(path: readonly (string | number)[]): Pos;
  /** Every string scalar with its path and position. */
  strings(): { path: (string | number)[]; value: string; source: string; plain: boolean; pos: Pos }[];
}

/** What a YAML error usually means for someone editing a list of notes. */
function hint(code: string): string {
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY' || code === 'BLOCK_IN_FLOW') return 'a text containing ": " must be quoted: put it in "…" (write \\" for a " inside)';
  if (code === 'DUPLICATE_KEY') return 'remove one of the two fields with the same name';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return 'check the indentation: fields of one item line up under each other, with spaces, not tabs';
  if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
  return 'check the quotes and indentation on this line';
}

/** Parses YAML; `lineOffset` lines precede it in its file (frontmatter starts after `---`). */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlFile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, customTags: ['timestamp'], prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Pos => {
    const p = lc.linePos(offset);
    return { line: p.line + lineOffset, col: p.col };
  };
  const problems: Problem[] = doc.errors.map((e) => ({ file, ...at(e.pos[0]), problem: `YAML syntax error: ${e.message.split('\n')[0]}`, fix: hint(e.code) }));
  const posOf = (path: readonly (string | number)[]): Pos => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : (doc.getIn(path.slice(0, n), true) as Node | undefined);
      if (node && typeof node === 'object' && 'range' in node && node.range) return at(node.range[0]);
    }
    return { line: 1 + lineOffset, col: 1 };
  };
  const strings = () => {
    const out: ReturnType<YamlFile['strings']> = [];
    visit(doc, {
      Scalar(key, node, ancestors) {
        if (key === 'key' || (typeof node.value !== 'string' && !(node.value instanceof Date))) return;
        const path: (string | number)[] = [];
        const chain: unknown[] = [...ancestors, node];
        for (let i = 1; i < chain.length; i++) {
          const parent = chain[i - 1];
          if (isSeq(parent)) path.push(parent.items.indexOf(chain[i] as never));
          else if (isPair(parent) && parent.value === chain[i]) path.push(String((parent.key as { value?: unknown } | null)?.value));
        }
        const source = node.range ? text.slice(node.range[0], node.range[1]) : String(node.value);
        out.push({ path, value: String(typeof node.value === 'string' ? node.value : source), source, plain: node.type === 'PLAIN', pos: at(node.range?.[0] ?? 0) });
      },
    });
    return out;
  };
  return { data: doc.errors.length ? undefined : doc.toJS(), problems, posOf, strings };
}
