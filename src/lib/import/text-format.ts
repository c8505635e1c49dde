/**
 * Plain text and Markdown (.txt, .md): paragraphs are separated by blank lines, a paragraph
 * beginning `Name:` or `Name：` names its speaker, and a Markdown heading (`#` to `######`)
 * starts a section. Lines of a paragraph are joined as its script needs (no space in Chinese).
 */
import type { Block } from './blocks.ts';
import { joinText } from './chars.ts';

/**
 * A speaker prefix: a short name (at most three words) of letters, marks, spaces and name punctuation, then a colon.
 * An ASCII colon must be followed by a space so that `https://…` and `12:30` are not names.
 */
const SPEAKER = /^([\p{L}][\p{L}\p{M}\p{Nd} .'’·・\-]{0,39}?)(?:[:](?:\s+|$)|：\s*)/u;
const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;

/** Splits a leading `Name:` off a paragraph. */
export function splitSpeaker(text: string): { speaker?: string; text: string } {
  const m = SPEAKER.exec(text);
  // A name is at most three words: "Mary Ann Smith:" is a speaker, "Then he said this:" is not.
  if (!m || m[0].length === text.length || m[1]!.trim().split(/\s+/).length > 3) return { text };
  return { speaker: m[1]!.trim(), text: text.slice(m[0].length).trim() };
}

/** Reads a .txt or .md file into headings and paragraphs; a paragraph without a name continues the speaker before it. */
export function parseText(source: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let startLine = 0;
  let current: string | undefined;
  const flush = () => {
    if (lines.length === 0) return;
    const { speaker, text } = splitSpeaker(lines.reduce(joinText, ''));
    if (speaker) current = speaker;
    blocks.push({ type: 'paragraph', text, speaker: current, named: Boolean(speaker), line: startLine });
    lines = [];
  };
  source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    if (line === '') flush();
    else if (heading && heading[1]) {
      flush();
      blocks.push({ type: 'heading', text: heading[1], line: i + 1 });
    } else {
      if (lines.length === 0) startLine = i + 1;
      lines.push(line);
    }
  });
  flush();
  return blocks;
}
