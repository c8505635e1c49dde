/**
 * Writes a transcript file (content/transcripts/<slug>.mdx) and new speakers' entries. Every
 * value the import cannot know is written with the TODO marker, which `npm run check` lists.
 * The format names its two texts by role, `<Original>` and `<Translation>` (docs/authoring/transcripts.md).
 */
import { encodeText } from '../text-elements.ts';
import { ownName, roleForInterface, type LanguagePair } from '../languages.ts';

/** The marker of a value the author still has to write. Every line holding it is listed by `npm run check`. */
export const TODO = 'TODO(import)';
/** A placeholder for the source's address: `.invalid` never resolves (RFC 2606), so it can't pass for a real source. */
export const TODO_URL = 'https://todo.invalid/TODO(import)';

export interface SegmentOut { id: string; speaker: string; kind: 'quote' | 'narration'; original: string; translation: string; start?: number | undefined }
export interface SectionOut { id: string; original: string; translation: string; segments: SegmentOut[] }
export interface SpeakerOut { id: string; original: string; translation: string; kind: 'person' | 'narrator' }
export interface TranscriptOut {
  slug: string;
  originalLang: string;
  /** BCP 47 tag of the translation; English when not given. */
  translationLang?: string | undefined;
  titleOriginal?: string | undefined;
  titleTranslation?: string | undefined;
  /** YYYY-MM-DD; for `npm run new`, the placeholder `YYYY-MM-DD`, which the build refuses until it is a date. */
  date: string;
  speakers: string[];
  sections: SectionOut[];
}

const q = (s: string) => JSON.stringify(s);
const todo = (what: string) => q(`${TODO}: ${what}`);
const seconds = (s: number) => String(Number(s.toFixed(3)));

/**
 * A text given in one of the pair's languages, for a field keyed by interface language (zh-Hant,
 * en): the given text whose language is the interface's, if either is (roleForInterface); a TODO otherwise.
 */
function inInterface(pair: LanguagePair, locale: 'zh-Hant' | 'en', texts: { original?: string | undefined; translation?: string | undefined }): string | undefined {
  const role = roleForInterface(pair, locale);
  const lang = role === 'original' ? pair.originalLanguage : pair.translationLanguage;
  return lang.split('-')[0] === locale.split('-')[0] ? texts[role] : undefined;
}

function frontmatter(t: TranscriptOut): string {
  const pair = { originalLanguage: t.originalLang, translationLanguage: t.translationLang ?? 'en' };
  const titles = { original: t.titleOriginal, translation: t.titleTranslation };
  const zhTitle = inInterface(pair, 'zh-Hant', titles);
  const enTitle = inInterface(pair, 'en', titles);
  return `---
slug: ${t.slug}
title:
  zh-Hant: ${zhTitle ? q(zhTitle) : todo('標題')}
  en: ${enTitle ? q(enTitle) : todo('the title in English')}
# shortTitle: { en: "${TODO}: a few words naming this interview in lists (optional)", zh-Hant: "…" }
summary:
  zh-Hant: ${todo('兩句摘要，用於首頁與訂閱')}
  en: ${todo('a two-line summary for the home page and feeds')}
event:
  name: ${todo("the event's name, as its organisers write it")}
  # organizer: "${TODO}: who organised it (optional: delete this line if unknown)"
date: ${t.date}
# dateNote: { en: "${TODO}: why the date differs from the source's (optional)", zh-Hant: "…" }
place:
  zh-Hant: ${todo('訪談地點')}
  en: ${todo('where the interview took place')}
speakers: [${t.speakers.join(', ')}]${t.speakers.length ? '' : `  # ${TODO}: ids from content/data/speakers.yaml, e.g. [jane-doe]`}
sourceDocument:
  publisher:
    zh-Hant: ${todo('原文發佈者')}
    en: ${todo('who published the original')}
  author: ${todo('the byline, as printed')}
  url: ${TODO_URL}
  # title: "${TODO}: the original's title, when known (optional)"
  # note: { en: "${TODO}: what is known or not about this copy (optional)", zh-Hant: "…" }
  language: ${t.originalLang}
originalLanguage: ${t.originalLang}
translationLanguage: ${pair.translationLanguage}
translationNote:
  zh-Hant: ${todo('說明譯文由誰翻譯、依據為何')}
  en: ${todo('say who translated it, from what, and what the translation is not')}
# recording: { url: "${TODO}: /media/interview.ogg or the https URL of the file (optional)", type: audio/ogg }
---
`;
}

function segment(s: SegmentOut): string {
  const start = s.start === undefined ? '' : ` start="${seconds(s.start)}"`;
  return `<Segment id="${s.id}" speaker="${s.speaker}" kind="${s.kind}"${start}>\n<Original>${encodeText(s.original)}</Original>\n<Translation>${encodeText(s.translation)}</Translation>\n</Segment>\n`;
}

/** The whole transcript file. */
export function writeTranscript(t: TranscriptOut): string {
  const body = t.sections.map(
    (sec) => `<Section id="${sec.id}" original="${encodeText(sec.original, true)}" translation="${encodeText(sec.translation, true)}">\n\n${sec.segments.map(segment).join('\n')}\n</Section>\n`,
  );
  return `${frontmatter(t)}\n${body.join('\n')}`;
}

/**
 * One commented example of each element, for authors who type a transcript rather than import it.
 * Its sample texts are Chinese and English whatever the pair, so its first lines name the author's pair.
 */
const examples = (pair: LanguagePair) => `{/*
  ${TODO}: write the transcript here. Below is one example of each element: copy it out of
  this comment, then fill it in. Guide: docs/authoring/transcripts.md ("A transcript").
  This transcript's original is in ${ownName(pair.originalLanguage, pair.translationLanguage)} (${pair.originalLanguage}) and its translation in ${ownName(pair.translationLanguage, pair.originalLanguage)} (${pair.translationLanguage}):
  write each text and each section's label in its own language (the example's are Chinese and English).
  In texts and labels write the less-than sign as &lt; greater-than as &gt; ampersand as &amp;
  curly brackets as &#123; and &#125; (and a double quote inside a label's quotes as &quot;).

<Section id="opening" original="開場" translation="Opening">

<Segment id="a-few-meaningful-words" speaker="jane-doe" kind="quote">
<Original>原文，逐字照錄。</Original>
<Translation>Our translation.</Translation>
</Segment>

<Segment id="report-section-heading" speaker="jane-doe" kind="heading" level="2">
<Original>報導的小標題</Original>
<Translation>The report's heading</Translation>
</Segment>

</Section>

  kind: quote (the speaker's own words), claim (a checkable statement by the narrator),
  narration (everything else the narrator says), heading (with level="2" or level="3").
  start="12.5" (optional): where the segment starts in the recording, in seconds.
*/}
`;

/** A transcript with every frontmatter field to fill in and a commented example of each element (`npm run new`). */
export function writeEmptyTranscript(slug: string, originalLang: string, translationLang = 'en'): string {
  return `${frontmatter({ slug, originalLang, translationLang, date: `YYYY-MM-DD  # ${TODO}: the interview's date`, speakers: [], sections: [] })}
${examples({ originalLanguage: originalLang, translationLanguage: translationLang })}`;
}

/**
 * Entries to append to content/data/speakers.yaml, in its own style. A name is keyed by interface
 * language: the file's name in that language where one file is in it, else the original's (a name
 * is usually written as in the original).
 */
export function writeSpeakers(speakers: readonly SpeakerOut[], pair: LanguagePair = { originalLanguage: 'zh-Hant', translationLanguage: 'en' }): string {
  return speakers
    .map((s) => {
      const role = s.kind === 'narrator' ? [todo('who narrates, e.g. the report\'s author'), todo('敘述者是誰')] : [todo('who this is, in one line'), todo('一句話介紹此人')];
      const name = (locale: 'zh-Hant' | 'en') => inInterface(pair, locale, s) ?? s.original;
      return `- id: ${s.id}\n  name: { en: ${q(name('en'))}, zh-Hant: ${q(name('zh-Hant'))} }\n  role: { en: ${role[0]}, zh-Hant: ${role[1]} }\n  kind: ${s.kind}\n`;
    })
    .join('');
}
