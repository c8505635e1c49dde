import type { APIRoute } from 'astro';
import { allRedirects } from '../data/cite-paths';
import { paths } from '../lib/urls';
import { locales } from '../lib/i18n';
import { dataDigest } from '../data/digest';

/**
 * dist/_redirects (Netlify/Cloudflare Pages syntax) for hosts that read it: each old segment id,
 * in both interface languages, moves permanently (301) to its successor. The redirect pages at the
 * old permalinks (src/views/SegmentPageView.astro) serve every other host.
 */
export const getStaticPaths = async () => {
  const moves = (await allRedirects()).map(([t, from, to]) => ({ slug: t.meta.slug, from, to }));
  return [{ params: { redirects: '_redirects' }, props: { moves }, cacheKey: dataDigest(moves) }];
};

export const GET: APIRoute = ({ props }) => {
  const lines = (props as { moves: { slug: string; from: string; to: string }[] }).moves.flatMap(({ slug, from, to }) =>
    locales.map((l) => `${paths.segment(l, slug, from)} ${paths.segment(l, slug, to)} 301`),
  );
  return new Response(`# Old segment permalinks → their successors (content/ids/*.json)\n${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
