import type { PlacedSegment, Transcript } from './assemble';
import type { Speaker } from '../schemas/speaker';
import type { Verdict } from '../schemas/verdict';
import { verdictInfo } from './verdicts';
import { paths } from './urls';

/** Numeric rating for verdicts that sit on a true–false axis; opinion and unverified get a label only. */
const ratingValue: Partial<Record<Verdict, number>> = { accurate: 5, 'mostly-accurate': 4, 'needs-context': 3, inaccurate: 1 };

const publisher = { '@type': 'Organization', name: 'Interlinear' };

function person(s: Speaker) {
  return { '@type': 'Person', name: s.name.en, alternateName: s.name['zh-Hant'] };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * schema.org JSON-LD for a segment's own page: the segment as a `Quotation` (both languages,
 * speaker, the transcript it is part of, the report it is translated from) and a `ClaimReview` for
 * each fact-check whose home is this segment. The reviews live here, on the page of the claim they
 * review, rather than all on the transcript page, which keeps that long page light.
 */
export function segmentStructuredData(t: Pick<Transcript, 'meta'>, s: PlacedSegment, speakers: ReadonlyMap<string, Speaker>, site: URL, image: string) {
  const m = t.meta;
  const url = new URL(paths.segment('en', m.slug, s.id), site).href;
  const speaker = speakers.get(s.speaker)!;
  const quotation = {
    '@type': 'Quotation',
    '@id': url,
    url,
    identifier: s.id,
    text: [{ '@value': s.original, '@language': m.originalLanguage }, { '@value': s.translation, '@language': m.translationLanguage }],
    inLanguage: [m.originalLanguage, m.translationLanguage],
    ...(speaker.kind === 'person' && { spokenByCharacter: person(speaker) }),
    creator: speaker.kind === 'person' ? person(speaker) : { '@type': 'Person', name: m.sourceDocument.author },
    translator: publisher,
    dateCreated: day(m.date),
    isPartOf: {
      '@type': 'CreativeWork',
      name: [{ '@value': m.title['zh-Hant'], '@language': 'zh-Hant' }, { '@value': m.title.en, '@language': 'en' }],
      url: new URL(paths.transcript('en', m.slug), site).href,
      about: { '@type': 'Event', name: m.event.name, startDate: day(m.date), location: m.place.en, ...(m.event.organizer && { organizer: { '@type': 'Organization', name: m.event.organizer } }) },
      isBasedOn: { '@type': 'Article', url: m.sourceDocument.url, author: { '@type': 'Person', name: m.sourceDocument.author }, publisher: { '@type': 'Organization', name: m.sourceDocument.publisher['zh-Hant'] }, inLanguage: m.sourceDocument.language },
    },
    image,
  };
  const reviews = s.annotations
    .filter((a) => a.kind === 'fact-check' && a.verdict && a.segments[0] === s.id)
    .map((a) => ({
      '@type': 'ClaimReview',
      url: `${url}#note-${a.id}`,
      claimReviewed: a.claim!.en,
      ...(a.checked && { datePublished: a.checked }),
      author: publisher,
      reviewRating: {
        '@type': 'Rating',
        ...(ratingValue[a.verdict!] !== undefined && { ratingValue: ratingValue[a.verdict!], bestRating: 5, worstRating: 1 }),
        alternateName: verdictInfo[a.verdict!].label.en,
      },
      itemReviewed: {
        '@type': 'Claim',
        author: person(speakers.get(a.claimant ?? s.speaker)!),
        // The claim appears in the quotation above, by reference rather than repeated.
        appearance: { '@id': url },
      },
    }));
  return { '@context': 'https://schema.org', '@graph': [quotation, ...reviews] };
}

/** Serialises JSON-LD for a <script> element: `<`, `>` and `&` are escaped so the data can never close the element. */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
