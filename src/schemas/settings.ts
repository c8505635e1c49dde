import { z } from 'astro/zod';
import { bilingualSchema } from './common';
import { locales } from '../lib/locales';

/** Site-wide settings a publisher sets once (content/data/settings.yaml, a single entry with id `site`). */
export const settingsSchema = z.object({
  /** Always `site`: the file holds one entry. */
  id: z.literal('site', { error: 'the settings entry must have id: site' }),
  /** The site's name in each interface language: header, page titles, home page, feeds, oEmbed. */
  siteName: bilingualSchema,
  /** One sentence saying what the site publishes, in each interface language: home page, its meta description, feeds. */
  description: bilingualSchema,
  /**
   * The interface language offered to readers whose language the site does not have: the
   * `x-default` alternate of every page and the oEmbed provider name: any tag of the list in
   * src/lib/locales.ts. URLs do not change (the list's first language is at the root).
   */
  defaultLocale: z.enum(locales, { error: `must be one of: ${locales.join(', ')}` }).default('en'),
  /**
   * Where readers report an error, shown with the corrections policy: a `mailto:` address or an
   * http(s) page such as the project's issue tracker. Unset, the site says the address is not
   * published yet, and the build warns.
   */
  reportErrors: z
    .string()
    .regex(/^(?:mailto:[^\s@]+@[^\s@]+|https?:\/\/\S+)$/, 'must be a mailto: address or an http(s) URL')
    .optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
