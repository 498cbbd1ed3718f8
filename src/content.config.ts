// Resident stories: MDX files in `<data dir>/stories`, checked against this schema at build time.
import { defineCollection } from 'astro:content';
import { storySchema } from './data/stories/storySchema.ts';
import { z } from 'astro/zod';
import { guideLoader } from './site/guideLoader.ts';
import { storyLoader } from './site/storyLoader.ts';

const dataDir = process.env['GONGSHI_DATA'] ?? 'data';

const stories = defineCollection({
  // Refuses symbolic links like the data loader does (a linked story must not be published); ids come from
  // file names only.
  loader: storyLoader(dataDir),
  schema: storySchema,
});

// The guide (/guide/): guide.md in the data directory, checked by src/data/scanGuide.ts.
const guide = defineCollection({
  loader: guideLoader(dataDir),
  schema: z.object({ summary: z.string().min(1).optional() }),
});

export const collections = { stories, guide };
