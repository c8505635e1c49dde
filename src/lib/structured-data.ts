import type { Transcript } from './assemble';
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

/**
 * schema.org ClaimReview for every fact-check of a transcript. Each quote's own Quotation lives on
 * its segment page (SegmentPageView), so the transcript page does not carry the text twice.
 */
export function transcriptStructuredData(t: Transcript, speakers: ReadonlyMap<string, Speaker>, site: URL) {
  const pageUrl = new URL(paths.transcript('en', t.meta.slug), site).href;
  const segById = new Map(t.segments.map((s) => [s.id, s]));
  const reviews = t.annotations
    .filter((a) => a.kind === 'fact-check' && a.verdict)
    .map((a) => {
      const seg = segById.get(a.segments[0]!)!;
      const claimant = speakers.get(a.claimant ?? seg.speaker)!;
      return {
        '@type': 'ClaimReview',
        url: `${pageUrl}#note-${a.id}`,
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
          author: person(claimant),
          // The quote itself (text, speaker, translation) is on the segment's page; link rather than repeat it.
          appearance: { '@type': seg.kind === 'quote' ? 'Quotation' : 'CreativeWork', '@id': new URL(paths.segment('en', t.meta.slug, seg.id), site).href, url: new URL(paths.segment('en', t.meta.slug, seg.id), site).href },
        },
      };
    });
  return { '@context': 'https://schema.org', '@graph': reviews };
}

/** Serialises JSON-LD for a <script> element: `<` is escaped so the data can never close the element. */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
