import { z } from 'astro/zod';

/** Site-wide settings a publisher sets once (content/data/settings.yaml, a single entry with id `site`). */
export const settingsSchema = z.object({
  /** Always `site`: the file holds one entry. */
  id: z.literal('site', { error: 'the settings entry must have id: site' }),
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
