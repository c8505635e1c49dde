/**
 * Subtitles (.vtt, .srt) into paragraphs. A subtitle cue is two seconds of speech; a reader wants
 * a paragraph. Consecutive cues of one speaker are merged, and a paragraph ends only where a
 * sentence ends: after a pause, or once it has run long enough. It keeps its first cue's start.
 */
import webvtt, { type CueNode } from 'webvtt-parser';
import entities from 'webvtt-parser/html-entities.json' with { type: 'json' };
import { ImportError, type Block, type ImportProblem } from './blocks.ts';
import { endsSentence, joinText } from './chars.ts';
import { splitSpeaker } from './text-format.ts';

/** One subtitle cue. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  /** The speaker this cue names (voice span or `Name:`), if it names one. */
  speaker?: string | undefined;
  /** 1-based line of the cue's timing line (`… --> …`). */
  line: number;
}

/** A pause this long (seconds) after a sentence end closes the paragraph. */
export const PARAGRAPH_PAUSE = 2;
/** A paragraph this long (seconds) closes at its next sentence end. */
export const PARAGRAPH_LENGTH = 20;

const timingLines = (source: string) =>
  source.split(/\r\n|\r|\n/).flatMap((l, i) => (l.includes('-->') ? [i + 1] : []));

function flatten(nodes: CueNode[]): string {
  return nodes.reduce((acc, n) => (n.type === 'text' ? acc + (n.value ?? '') : n.name === 'rt' ? acc : acc + flatten(n.children ?? [])), '');
}

/**
 * The parser validates too: these of its findings change neither a cue's text nor its times (cue
 * settings, styling tags, inline karaoke timestamps, the header lines YouTube writes after WEBVTT).
 */
const HARMLESS = /^(?:No blank line after the signature|Alignment|Line (?:alignment|position)|Position alignment|Size|Text position|Writing direction|Duplicate setting|Invalid setting|No value for setting|Incorrect (?:start|end) tag|Required end tag|Only <v> and <lang>|<v> cannot be nested|Incorrect escape|Timestamp must be (?:between|greater than any previous))/;

/** Reads a WebVTT file with a spec-following parser (entities decoded, tags dropped, `<v Name>` read). */
export function parseVtt(source: string, file: string): Cue[] {
  const result = new webvtt.WebVTTParser(entities as Record<string, string>).parse(source.replace(/^\uFEFF/, ''), 'metadata');
  const errors = result.errors.filter((e) => !HARMLESS.test(e.message));
  if (errors.length > 0) {
    throw new ImportError(errors.map((e) => ({ file, line: e.line, col: e.col, problem: `WebVTT: ${e.message}`, fix: 'correct this line of the subtitle file (https://w3c.github.io/webvtt/)' })));
  }
  const lines = timingLines(source);
  let speaker: string | undefined;
  return result.cues.map((cue, i) => {
    const voice = cue.tree.children.find((n) => n.type === 'object' && n.name === 'v' && n.value?.trim());
    if (voice) speaker = voice.value!.trim();
    const text = flatten(cue.tree.children).split('\n').reduce(joinText, '');
    return { start: cue.startTime, end: cue.endTime, text, speaker, line: lines[i] ?? 1 };
  });
}

const SRT_TIME = /^(\d+):(\d{2}):(\d{2})[,.](\d{1,3})\s*-->\s*(\d+):(\d{2}):(\d{2})[,.](\d{1,3})/;
const seconds = (h: string, m: string, s: string, ms: string) => Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms.padEnd(3, '0')) / 1000;

/** Reads an SRT file: numbered cues, `00:00:01,000 --> 00:00:02,500`, text; a leading `Name:` names the speaker. */
export function parseSrt(source: string, file: string): Cue[] {
  const cues: Cue[] = [];
  const problems: ImportProblem[] = [];
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let speaker: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const m = SRT_TIME.exec(lines[i]!.trim());
    if (!m) continue;
    const text: string[] = [];
    for (let j = i + 1; j < lines.length && lines[j]!.trim() !== ''; j++) text.push(lines[j]!.trim());
    // SRT players read a few HTML-like tags and ASS position codes; they are formatting, not text.
    const plain = text.reduce(joinText, '').replace(/<\/?(?:i|b|u|font)(?:\s[^<>]*)?>/gi, '').replace(/\{\\an?\d+\}/g, '');
    const named = splitSpeaker(plain);
    if (named.speaker) speaker = named.speaker;
    const cue = { start: seconds(m[1]!, m[2]!, m[3]!, m[4]!), end: seconds(m[5]!, m[6]!, m[7]!, m[8]!), text: named.text, speaker, line: i + 1 };
    if (cue.end <= cue.start) problems.push({ file, line: i + 1, problem: 'the cue ends before it starts', fix: 'correct its end time' });
    cues.push(cue);
  }
  if (cues.length === 0) problems.push({ file, line: 1, problem: 'no subtitle cue found (a cue is a number, a line `00:00:01,000 --> 00:00:02,500` and its text)', fix: 'check that this is an SRT file' });
  if (problems.length > 0) throw new ImportError(problems);
  return cues;
}

/** Merges cues into paragraphs: one speaker each, ending at a sentence end (see PARAGRAPH_PAUSE, PARAGRAPH_LENGTH). */
export function mergeCues(cues: readonly Cue[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  cues.forEach((cue, i) => {
    if (!cue.text.trim()) return;
    if (open && open.speaker !== cue.speaker) open = undefined;
    if (open) {
      open.text = joinText(open.text, cue.text);
      open.end = cue.end;
    } else {
      open = { type: 'paragraph', text: cue.text.trim(), speaker: cue.speaker, start: cue.start, end: cue.end, line: cue.line };
      blocks.push(open);
    }
    const next = cues[i + 1];
    const pause = next ? next.start - cue.end : Infinity;
    if (endsSentence(open.text) && (pause >= PARAGRAPH_PAUSE || open.end! - open.start! >= PARAGRAPH_LENGTH)) open = undefined;
  });
  return blocks;
}
