import { z } from 'astro/zod';
import { locales } from '../lib/locales';

/** Frontmatter of an editorial page such as About (content/pages/<name>.<locale>.mdx). */
export const pageSchema = z.object({
  /** Page title. */
  title: z.string().min(1),
  /** One-sentence description for search engines and link previews. */
  description: z.string().min(1),
  /** Interface language the page is written in. */
  locale: z.enum(locales),
});
