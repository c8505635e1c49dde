/**
 * Reads each transcript's published-text record (content/ids/<slug>.published.json) and reports
 * published texts changed without a corrections-log entry (rules: src/lib/published.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Transcript } from '../lib/assemble';
import type { Correction } from '../schemas/correction';
import { CORRECTIONS_UPDATE, guardProblems, parsePublished, publishedPath, type CurrentText } from '../lib/published';
import { shortSha256 } from './digest';
import { positionIn, segmentAt, yamlItemAt } from '../lib/position';

/** A content file's text, or '' when it cannot be read (messages then name the file without a line). */
export const textOf = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

/** The transcript as the guard sees it; `annotationFile` names the file each annotation comes from. */
export function currentText(t: Transcript, annotationFile: ReadonlyMap<string, string>): CurrentText {
  const mdx = textOf(t.file);
  const texts = new Map<string, string>();
  return {
    slug: t.meta.slug,
    file: t.file,
    // Positions are looked up only for a changed text (getters): a search per segment of a long file would cost seconds.
    segments: t.segments.map((s) => ({ id: s.id, original: s.original, translation: s.translation, get at() { return positionIn(t.file, mdx, segmentAt(s.id)); } })),
    annotations: t.annotations.map((a) => {
      const file = annotationFile.get(a.id) ?? `content/annotations/${t.meta.slug}/`;
      return {
        id: a.id,
        file,
        verdict: a.verdict,
        get at() {
          if (!texts.has(file)) texts.set(file, textOf(file));
          return positionIn(file, texts.get(file)!, yamlItemAt(a.id));
        },
      };
    }),
  };
}

/**
 * One line per problem. A transcript without a record has not been published yet: nothing to guard,
 * and the build says how to start guarding it (a new import must build before its first publish).
 */
export function publishedTextProblems(now: CurrentText, log: readonly Correction[]): string[] {
  const file = publishedPath(now.slug);
  if (!existsSync(file)) {
    console.warn(`${now.file}:1:1 not published yet: ${file} is not written, so changes to its texts are not guarded — once it is published, run ${CORRECTIONS_UPDATE} and commit ${file}`);
    return [];
  }
  let record;
  try {
    record = parsePublished(JSON.parse(readFileSync(file, 'utf8')), file);
  } catch (e) {
    return [e instanceof SyntaxError ? `${file} is not valid JSON (${e.message}) — restore it from git, or run ${CORRECTIONS_UPDATE}` : (e as Error).message];
  }
  if (record.slug !== now.slug) return [`${file} has "slug": "${record.slug}", expected "${now.slug}" — restore it from git`];
  return guardProblems(record, now, log, shortSha256);
}
