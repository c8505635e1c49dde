import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../../data/feed';
import { localePaths } from '../../../data/routes';
import type { Locale } from '../../../lib/locales';

export const getStaticPaths = localePaths;
export const GET: APIRoute = ({ site, props }) => correctionsFeed((props as { locale: Locale }).locale, site!);
