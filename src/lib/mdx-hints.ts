/**
 * A useful hint for an MDX syntax error in a transcript. MDX's own messages speak of JSX and
 * suggest Markdown links; authors need to know which character to write differently.
 */
export function mdxSyntaxHint(reason: string, line: string, col: number | undefined): { problem: string; fix: string } {
  const short = reason.replace(/\s*\(note:[^)]*\)/, '').split('\n')[0]!.trim();
  const before = col ? line.slice(0, col - 1) : '';
  const inAttribute = /<(?:Section|Segment)\b/.test(line) && /attribute|end of the tag/.test(reason);
  if (inAttribute && /="[^"]*"[^\s/>]/.test(line)) {
    return { problem: 'a straight " inside an attribute value ends it early', fix: 'write &quot; for a " inside original="…" or translation="…" (or use “ ”)' };
  }
  if (/expression|acorn/i.test(reason)) return { problem: `"{" starts an expression (MDX: ${short})`, fix: 'write &#123; for "{" and &#125; for "}" in text' };
  if (/before name|closing tag|tag/i.test(reason) && before.includes('<')) {
    return { problem: `"<" starts a tag here (MDX: ${short})`, fix: 'write &lt; for a "<" that belongs to the text; check that every <Segment>, <Original> and <Translation> is closed' };
  }
  return { problem: `MDX syntax error: ${short}`, fix: 'check the tags on this line: each <Section>, <Segment>, <Original> and <Translation> opens and closes, attribute values are in "…"' };
}
