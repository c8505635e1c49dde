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

/** Content lives in the top-level content/ folder; each collection has its own schema file. */
export const collections = {
  transcripts: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/transcripts' }),
    schema: transcriptSchema,
  }),
  speakers: defineCollection({ loader: file('content/data/speakers.yaml'), schema: speakerSchema }),
  sources: defineCollection({ loader: file('content/data/sources.yaml'), schema: sourceSchema }),
  predictions: defineCollection({ loader: file('content/data/predictions.yaml'), schema: predictionSchema }),
  settings: defineCollection({ loader: file('content/data/settings.yaml'), schema: settingsSchema }),
  corrections: defineCollection({ loader: file('content/corrections.yaml'), schema: correctionSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: pageSchema }),
  annotations: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/annotations' }),
    schema: annotationFileSchema,
  }),
};
