/**
 * The import, as a pure function: two input texts and what the site already holds in, the
 * transcript file and new speakers out. The command (scripts/import.mjs) reads and writes files.
 */
import { ImportError, type Block, type ImportProblem } from './blocks.ts';
import { alignCues, alignParagraphs, type Pair } from './align.ts';
import { parseText } from './text-format.ts';
import { mergeCues, parseSrt, parseVtt, type Cue } from './subtitles.ts';
import { makeId, slugify } from './ids.ts';
import { idRole } from './id-source.ts';
import { TODO, writeSpeakers, writeTranscript, type SectionOut, type SegmentOut, type SpeakerOut } from './write-mdx.ts';

export interface InputFile { file: string; text: string }
/** A speaker already in content/data/speakers.yaml. */
export interface KnownSpeaker { id: string; name: { en: string; 'zh-Hant': string }; kind: 'person' | 'narrator' }
/** A segment or section of the transcript being replaced (`--force`), by its original text. */
export interface PreviousItem { id: string; original: string }

export interface ImportInput {
  slug: string;
  original: InputFile;
  translation: InputFile;
  originalLang: string;
  /** BCP 47 tag of the translation. */
  translationLang: string;
  titleOriginal?: string | undefined;
  titleTranslation?: string | undefined;
  /** YYYY-MM-DD. */
  date: string;
  speakers: readonly KnownSpeaker[];
  /** Every id used elsewhere on the site (other transcripts, their registries), and this transcript's published ids not to be reused. */
  takenIds: ReadonlySet<string>;
  /** With `--force`: the segments and sections of the file being replaced, whose ids are kept where their original text is unchanged. */
  previous?: { segments: readonly PreviousItem[]; sections: readonly PreviousItem[] } | undefined;
  /** Ids the page uses for itself (src/lib/page-ids.ts): never a segment id. */
  allowed?: ((id: string) => boolean) | undefined;
}

export interface ImportResult {
  mdx: string;
  /** Text to append to content/data/speakers.yaml ('' when every speaker is known). */
  speakersYaml: string;
  newSpeakers: SpeakerOut[];
  segmentIds: string[];
  /** The source text for content/source-texts/<slug>.txt (see `sourceTextOf`). */
  sourceText: string;
}

export const FORMATS = { text: ['.txt', '.md'], subtitles: ['.vtt', '.srt'] } as const;
const extension = (file: string) => /\.[^./\\]+$/.exec(file)?.[0].toLowerCase() ?? '';
export const formatOf = (file: string) =>
  (FORMATS.text as readonly string[]).includes(extension(file)) ? 'text' : (FORMATS.subtitles as readonly string[]).includes(extension(file)) ? 'subtitles' : undefined;

function cuesOf(f: InputFile): Cue[] {
  return extension(f.file) === '.vtt' ? parseVtt(f.text, f.file) : parseSrt(f.text, f.file);
}

/** Reads and aligns the two files. */
export function readPairs(original: InputFile, translation: InputFile): Pair[] {
  const [fa, fb] = [formatOf(original.file), formatOf(translation.file)];
  const problems: ImportProblem[] = [];
  for (const [f, fmt] of [[original.file, fa], [translation.file, fb]] as const) {
    if (!fmt) problems.push({ file: f, problem: 'unknown file type', fix: 'use .txt or .md (paragraphs) or .vtt or .srt (subtitles)' });
  }
  if (fa && fb && fa !== fb) problems.push({ file: translation.file, problem: `is ${fb === 'text' ? 'text' : 'subtitles'} but ${original.file} is ${fa === 'text' ? 'text' : 'subtitles'}`, fix: 'give the original and the translation in the same format' });
  if (problems.length) throw new ImportError(problems);
  const nonEmpty = (blocks: Block[], f: InputFile) => {
    if (blocks.length === 0) throw new ImportError([{ file: f.file, line: 1, problem: 'no text found', fix: 'check that this is the right file' }]);
    return blocks;
  };
  if (fa === 'text') return alignParagraphs(nonEmpty(parseText(original.text), original), nonEmpty(parseText(translation.text), translation), original.file, translation.file);
  const originalBlocks = nonEmpty(mergeCues(cuesOf(original)), original);
  return alignCues(originalBlocks, cuesOf(translation), original.file, translation.file);
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** Imports one transcript. Throws an ImportError listing every problem. */
export function importTranscript(input: ImportInput): ImportResult {
  const pairs = readPairs(input.original, input.translation);
  const allowed = input.allowed ?? (() => true);

  // Speakers: by name, in either language, among the known ones; otherwise new.
  const speakerIds = new Set(input.speakers.map((s) => s.id));
  const bySpeakerName = new Map<string, string>();
  const newSpeakers: SpeakerOut[] = [];
  const speakerFor = (p: Pair): { id: string; kind: 'person' | 'narrator' } => {
    const name = p.original.speaker;
    const key = name ?? '\u0000narrator';
    const known = bySpeakerName.get(key);
    if (known) return { id: known, kind: input.speakers.find((s) => s.id === known)?.kind ?? newSpeakers.find((s) => s.id === known)!.kind };
    const translated = p.translation.speaker ?? name;
    const match = name
      ? input.speakers.find((s) => s.name['zh-Hant'] === name || s.name.en === name || s.name.en.toLowerCase() === translated?.toLowerCase())
      : input.speakers.find((s) => s.id === `${input.slug}-narrator`);
    let id = match?.id;
    if (!id) {
      const slug = name ? slugify(translated!) || slugify(name) || `${input.slug}-speaker` : `${input.slug}-narrator`;
      const wanted = /^[a-z]/.test(slug) ? slug : `speaker-${slug}`;
      id = wanted;
      for (let n = 2; speakerIds.has(id); n++) id = `${wanted}-${n}`;
      speakerIds.add(id);
      newSpeakers.push(name
        ? { id, original: name, translation: translated!, kind: 'person' }
        : { id, original: `${TODO}: 敘述者名稱`, translation: `${TODO}: the narrator's name`, kind: 'narrator' });
    }
    bySpeakerName.set(key, id);
    return { id, kind: match?.kind ?? (name ? 'person' : 'narrator') };
  };

  // Ids: first reserve those kept from the file being replaced, then make new ones.
  const taken = new Set(input.takenIds);
  const keep = (items: readonly PreviousItem[] | undefined, texts: string[]) => {
    const pool = [...(items ?? [])];
    return texts.map((t) => {
      const i = pool.findIndex((p) => sameText(p.original, t));
      if (i < 0) return undefined;
      const [kept] = pool.splice(i, 1);
      taken.add(kept!.id);
      return kept!.id;
    });
  };
  const headings = pairs.filter((p) => p.original.type === 'heading');
  const paragraphs = pairs.filter((p) => p.original.type === 'paragraph');
  const keptSections = keep(input.previous?.sections, headings.map((p) => p.original.text));
  const keptSegments = keep(input.previous?.segments, paragraphs.map((p) => p.original.text));

  // New ids come from the English text, else one in Latin script, else they are the slug and a number (id-source.ts).
  const role = idRole(input.originalLang, input.translationLang);
  const lang = role === 'original' ? input.originalLang : input.translationLang;
  const idOf = (texts: Record<'original' | 'translation', string | undefined>, prefix: 'section' | 'segment', fallback: string) =>
    makeId((role && texts[role]) ?? '', taken, { fallback, prefix, lang, allowed });

  const sections: SectionOut[] = [];
  let h = 0;
  let s = 0;
  for (const p of pairs) {
    if (p.original.type === 'heading') {
      const id = keptSections[h++] ?? idOf({ original: p.original.text, translation: p.translation.text }, 'section', `${input.slug}-section-${sections.length + 1}`);
      sections.push({ id, original: p.original.text, translation: p.translation.text, segments: [] });
      continue;
    }
    if (sections.length === 0) {
      const original = input.titleOriginal ?? `${TODO}: 段落標題`;
      const id = input.previous?.sections.find((x) => x.original === original)?.id
        ?? idOf({ original: input.titleOriginal, translation: input.titleTranslation }, 'section', role ? 'transcript' : `${input.slug}-section-1`);
      sections.push({ id, original, translation: input.titleTranslation ?? `${TODO}: section label`, segments: [] });
    }
    const speaker = speakerFor(p);
    const n = ++s;
    const seg: SegmentOut = {
      id: keptSegments[n - 1] ?? idOf({ original: p.original.text, translation: p.translation.text }, 'segment', `${input.slug}-${n}`),
      speaker: speaker.id,
      kind: speaker.kind === 'narrator' ? 'narration' : 'quote',
      original: p.original.text,
      translation: p.translation.text,
      start: p.original.start,
    };
    sections[sections.length - 1]!.segments.push(seg);
  }
  const empty = sections.find((sec) => sec.segments.length === 0);
  if (empty) {
    const at = headings.find((p) => p.original.text === empty.original)!;
    throw new ImportError([{ file: input.original.file, line: at.original.line, id: empty.id, problem: 'this heading has no paragraph under it', fix: 'add its text, or remove the heading (a section needs at least one paragraph)' }]);
  }
  const segmentIds = sections.flatMap((sec) => sec.segments.map((x) => x.id));
  const speakers = [...new Set(sections.flatMap((sec) => sec.segments.map((x) => x.speaker)))];
  const mdx = writeTranscript({ slug: input.slug, originalLang: input.originalLang, translationLang: input.translationLang, titleOriginal: input.titleOriginal, titleTranslation: input.titleTranslation, date: input.date, speakers, sections });
  return { mdx, speakersYaml: writeSpeakers(newSpeakers, { originalLanguage: input.originalLang, translationLanguage: input.translationLang }), newSpeakers, segmentIds, sourceText: sourceTextOf(sections) };
}

/**
 * The original's text as the import read it, which the build then holds the original column to
 * (src/data/source-texts.ts): one paragraph a line, a blank line between. What is markup rather
 * than text is left out: `Name:` labels and headings (which become section titles) of a text file,
 * cue numbers, timings and voice tags of subtitles, whose cues are joined into paragraphs as the
 * segments join them, so that a Chinese sentence split over two cues has no break the check would
 * take for a space.
 */
export function sourceTextOf(sections: readonly SectionOut[]): string {
  return `${sections.flatMap((sec) => sec.segments.map((x) => x.original)).join('\n\n')}\n`;
}
