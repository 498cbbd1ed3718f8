// Resident stories: MDX files in `<data dir>/stories`, checked against this schema at build time.
import { defineCollection } from 'astro:content';
import { storySchema } from './data/stories/storySchema.ts';
import { z } from 'astro/zod';
import { dataPageLoader } from './build/dataPageLoader.ts';
import { storyLoader } from './build/storyLoader.ts';

import { about as aboutFile, dataDir } from 'virtual:gongshi/config';

const stories = defineCollection({
  // Refuses symbolic links like the data loader does (a linked story must not be published); ids come from
  // file names only.
  loader: storyLoader(dataDir),
  schema: storySchema,
});

// The guide (/guide/): guide.md in the data directory, checked by src/data/scanGuide.ts.
const guide = defineCollection({
  loader: dataPageLoader(dataDir, 'guide.md', 'guide'),
  schema: z.object({ summary: z.string().min(1).optional() }),
});

// The about page's own text: the Markdown file report.json names in `about`, checked like the guide.
const about = defineCollection({
  loader: dataPageLoader(dataDir, aboutFile, 'about'),
  schema: z.object({}),
});

export const collections = { stories, guide, about };
