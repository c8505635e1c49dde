import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../../data/feed';

export const GET: APIRoute = ({ site }) => correctionsFeed('zh-Hant', site!);
