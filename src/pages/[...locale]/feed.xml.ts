import type { APIRoute } from 'astro';
import { feed } from '../../data/feed';
import { localePaths } from '../../data/routes';
import type { Locale } from '../../lib/locales';

export const getStaticPaths = localePaths;
export const GET: APIRoute = ({ site, props }) => feed((props as { locale: Locale }).locale, site!);
