import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expectations, loadExport } from './dist';

export type ContentAnnotation = { id: string; segments: string[]; kind: string; dossierItem?: number; verdict?: string; claim?: { en: string; 'zh-Hant': string }; sources: string[] };
export const verdicts = ['accurate', 'mostly-accurate', 'needs-context', 'inaccurate', 'unverified', 'opinion'];

/** A transcript as built and as written (export, annotation files) and what follows from them. */
export function transcript(slug: string) {
  const data = loadExport(slug);
  const annotationDir = join(process.cwd(), 'content/annotations', slug);
  const contentAnnotations = readdirSync(annotationDir).flatMap((f) => parse(readFileSync(join(annotationDir, f), 'utf8')).annotations as ContentAnnotation[]);
  const factChecks = contentAnnotations.filter((a) => a.kind === 'fact-check');
  // Quotes and claims of the export that no fact-check covers: the pages must mark and list these.
  const unchecked = data.segments.filter((s) => (s.kind === 'quote' || s.kind === 'claim') && !s.annotations.some((a) => a.kind === 'fact-check')).map((s) => s.id);
  return { slug, data, annotationDir, contentAnnotations, factChecks, unchecked, exp: expectations(slug) };
}
