import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { transcriptSchema } from './schemas/transcript';
import { speakerSchema } from './schemas/speaker';
import { sourceSchema } from './schemas/source';
import { annotationFileSchema } from './schemas/annotation';
import { predictionSchema } from './schemas/prediction';
import { pageSchema } from './schemas/page';
import { correctionSchema } from './schemas/correction';
import { settingsSchema } from './schemas/settings';
import { mdxData } from './build/mdx-data-loader';

/** Content lives in the top-level content/ folder; each collection has its own schema file. */
export const collections = {
  // MDX read as data (frontmatter + body text): see src/build/mdx-data-loader.ts.
  transcripts: defineCollection({
    loader: mdxData({ pattern: '*.mdx', base: './content/transcripts' }),
    schema: transcriptSchema,
  }),
  speakers: defineCollection({ loader: file('content/data/speakers.yaml'), schema: speakerSchema }),
  sources: defineCollection({ loader: file('content/data/sources.yaml'), schema: sourceSchema }),
  predictions: defineCollection({ loader: file('content/data/predictions.yaml'), schema: predictionSchema }),
  settings: defineCollection({ loader: file('content/data/settings.yaml'), schema: settingsSchema }),
  corrections: defineCollection({ loader: file('content/corrections.yaml'), schema: correctionSchema }),
  pages: defineCollection({ loader: mdxData({ pattern: '*.mdx', base: './content/pages' }), schema: pageSchema }),
  annotations: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/annotations' }),
    schema: annotationFileSchema,
  }),
};
