/** The site settings schema (src/schemas/settings.ts) and the committed settings file. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { settingsSchema } from '../../src/schemas/settings';

const base = { id: 'site', siteName: { en: 'Name', 'zh-Hant': '名稱' }, description: { en: 'What it is.', 'zh-Hant': '是什麼。' } };
const problems = (entry: unknown) => {
  const r = settingsSchema.safeParse(entry);
  // `field: message` per issue: the schema's own words, before the checker turns them into lines.
  return r.success ? '' : r.error.issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
};

describe('settings schema', () => {
  it('needs a site name and a description in both interface languages; the default language defaults to English', () => {
    const r = settingsSchema.parse(base);
    expect(r.defaultLocale).toBe('en');
    expect(problems({ ...base, siteName: undefined })).toMatch(/^siteName: /);
    expect(problems({ ...base, description: { en: 'Only English.' } })).toBe('description.zh-Hant: Invalid input: expected string, received undefined');
    expect(problems({ ...base, siteName: { en: ' ', 'zh-Hant': '名稱' } })).toBe('siteName.en: English text is missing');
  });

  it('takes only an interface language the site has as the default', () => {
    expect(settingsSchema.parse({ ...base, defaultLocale: 'zh-Hant' }).defaultLocale).toBe('zh-Hant');
    expect(problems({ ...base, defaultLocale: 'fr' })).toBe('defaultLocale: must be one of: en, zh-Hant');
  });

  it('takes a mailto: address or an http(s) page for reporting errors, nothing else', () => {
    expect(problems({ ...base, reportErrors: 'mailto:desk@example.org' })).toBe('');
    expect(problems({ ...base, reportErrors: 'https://example.org/issues/new' })).toBe('');
    expect(problems({ ...base, reportErrors: 'desk@example.org' })).toBe('reportErrors: must be a mailto: address or an http(s) URL');
  });

  it('the committed file is valid and its one entry names the site', () => {
    const entries = parseYaml(readFileSync('content/data/settings.yaml', 'utf8')) as unknown[];
    expect(entries).toHaveLength(1);
    expect(settingsSchema.parse(entries[0]).siteName.en).toBe('Interlinear');
  });
});
