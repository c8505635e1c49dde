import type { APIRoute } from 'astro';
import { allRedirects } from '../data/cite-paths';
import { paths } from '../lib/urls';
import { locales } from '../lib/i18n';

/**
 * dist/_redirects (Netlify/Cloudflare Pages syntax) for hosts that read it: each old segment id,
 * in both interface languages, moves permanently (301) to its successor. The redirect pages at the
 * old permalinks (src/views/SegmentPageView.astro) serve every other host.
 */
export const getStaticPaths = () => [{ params: { redirects: '_redirects' } }];

export const GET: APIRoute = async () => {
  const lines = (await allRedirects()).flatMap(([t, from, to]) =>
    locales.map((l) => `${paths.segment(l, t.meta.slug, from)} ${paths.segment(l, t.meta.slug, to)} 301`),
  );
  return new Response(`# Old segment permalinks → their successors (content/ids/*.json)\n${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
