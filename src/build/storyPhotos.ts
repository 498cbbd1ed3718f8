// The checked photo behind a story's <Photo src=…>.
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
