/**
 * The data a reader's browser needs to cite any passage of a transcript (PassageCiteData,
 * src/lib/passage-cite.ts), taken from the segment citations themselves (segmentItem), so that a
 * passage is cited with exactly the fields its segments are: emitted once per transcript as
 * `/transcripts/<slug>/passages.json` and fetched on the first "Cite selection".
 */
import type { TranscriptMeta } from '../schemas/transcript';
import type { Segment } from '../schemas/segment';
import { bilingualTitle, segmentItem, sourceReport, type CiteContext } from './citations';
import type { PassageCiteData } from './passage-cite';
import { pairNamesIn } from './languages';

/** `t`: the transcript's metadata and its segments (their texts and speakers are all a citation takes). */
export function passageCiteData(t: { meta: TranscriptMeta; segments: readonly Pick<Segment, 'id' | 'original' | 'translation' | 'speaker'>[] }, ctx: Omit<CiteContext, 'meta'>): PassageCiteData {
  const m = t.meta;
  const authors: PassageCiteData['authors'] = [];
  const speakers: string[] = [];
  const keys = new Map<string, number>();
  const segments: Record<string, number> = {};
  let common: PassageCiteData['common'] | undefined;
  for (const s of t.segments) {
    const item = segmentItem(s, { ...ctx, meta: m });
    // The fields every segment citation shares, taken from the first.
    if (!common) {
      const { id: _id, 'citation-label': _label, type: _type, title: _title, author: _author, URL: _url, note: _note, ...shared } = item;
      common = shared;
    }
    const author = item.author![0]!;
    const speaker = ctx.speakers.get(s.speaker)?.name.en ?? s.speaker;
    // One entry per distinct author and speaker name (the narrator's segments name the byline).
    const key = JSON.stringify([author, speaker]);
    if (!keys.has(key)) {
      keys.set(key, authors.length);
      authors.push(author);
      speakers.push(speaker);
    }
    segments[s.id] = keys.get(key)!;
  }
  if (!common) throw new Error(`passages.json: ${m.slug} has no segments`);
  return { common, transcriptTitle: bilingualTitle(m), event: m.event.name, sourceReport: sourceReport(m), authors, speakers, segments, languageNames: pairNamesIn(m, 'en') };
}
