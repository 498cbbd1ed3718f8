// Collections of one Markdown file from the data directory (guide.md, the about page), loaded like the
// stories, behind the data directory's door.
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { behindDataDoor } from './dataDoorLoader.ts';

/** `<dataDir>/<file>` as the single entry `id`, when present; `file` undefined loads nothing. */
export function dataPageLoader(dataDir: string, file: string | undefined, id: string): Loader {
  // One entry, always the same id: a `slug` in front matter must not hide it from the page. A pattern
  // that matches no file name keeps the collection empty when report.json names no file.
  return behindDataDoor(dataDir, glob({ pattern: file ?? '[no file]', base: dataDir, generateId: () => id }));
}
