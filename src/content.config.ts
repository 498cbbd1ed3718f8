// Resident stories: MDX files in `<data dir>/stories`, checked against this schema at build time.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { storyLoader } from './site/storyLoader.ts';

const dataDir = process.env['GONGSHI_DATA'] ?? 'data';

const stories = defineCollection({
  // Refuses symbolic links like the data loader does (a linked story must not be published).
  loader: storyLoader(dataDir),
  schema: z.object({
    title: z.string().min(1),
    /** Publication date. */
    date: z.coerce.date(),
    /** Registry building ids the story is about; each gets a link both ways. */
    buildings: z.array(z.string().min(1)).min(1),
    /** The name the resident chose to be shown by, never a legal name unless they chose it. */
    displayName: z.string().min(1),
    /** Separate consent to publish is recorded with the street office (PIPL); no consent, no story. */
    consentRecorded: z.literal(true),
    /** Invented sample content, labelled as such on the page. */
    sample: z.boolean(),
    summary: z.string().min(1),
  }),
});

export const collections = { stories };
