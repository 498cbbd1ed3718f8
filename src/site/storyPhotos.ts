// The checked photo behind a story's <Photo src=…>, and a story's cover (its first photo).
import { resolve } from 'node:path';
import type { StoryPhoto } from '../data/types.ts';
import { dataset } from './dataset.ts';

const key = (storyFile: string, src: string): string => `${resolve(storyFile)}\n${src}`;
const bySrc = new Map(dataset.storyPhotos.map((p) => [key(p.story, p.src), p]));

/** The photo `src` of the story stored at `storyFile`; the loader has checked every one. */
export function storyPhoto(storyFile: string, src: string): StoryPhoto {
  const photo = bySrc.get(key(storyFile, src));
  if (!photo) throw new Error(`${storyFile}: 找不到故事照片 ${src}`);
  return photo;
}

/** The story's first photo, its cover on posters and cards. */
export function storyCover(storyFile: string): StoryPhoto | undefined {
  const file = resolve(storyFile);
  return dataset.storyPhotos.find((p) => resolve(p.story) === file);
}
