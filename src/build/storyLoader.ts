// The stories under `<dataDir>/stories`, loaded behind the data directory's door (see dataDoorLoader.ts).
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { storyId } from '../data/stories/storyId.ts';
import { behindDataDoor } from './dataDoorLoader.ts';

/** The stories under `<dataDir>/stories`, loaded only when the data directory holds no link or special file. */
export function storyLoader(dataDir: string): Loader {
  // The id (the page address) is the file name only: a `slug` in front matter cannot take over a page.
  return behindDataDoor(
    dataDir,
    glob({ pattern: '**/*.{md,mdx}', base: `${dataDir}/stories`, generateId: ({ entry }) => storyId(entry) }),
  );
}
