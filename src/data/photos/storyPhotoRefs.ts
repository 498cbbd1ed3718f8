// The photos a story shows: every <Photo src alt credit /> in its MDX text, with where each attribute is.
import type { Position } from '../problem.ts';
import { positionFinder } from '../textPosition.ts';

export interface StoryPhotoRef {
  /** Attribute name → value, as written. */
  attributes: Record<string, string>;
  /** Attribute name → where its value starts; the tag itself under `<`. */
  at: Record<string, Position>;
}

export interface MarkdownImage {
  src: string;
  at: Position;
}

const TAG = /<Photo\b([^>]*)>/g;
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// ![alt](src) outside the component: it would bypass the credit and the metadata stripping.
const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)/g;

/** Every <Photo> tag of the text in order, and every Markdown image. */
export function storyPhotoRefs(text: string): { photos: StoryPhotoRef[]; markdownImages: MarkdownImage[] } {
  const positionOf = positionFinder(text);
  const photos: StoryPhotoRef[] = [];
  for (const tag of text.matchAll(TAG)) {
    const start = tag.index;
    const body = tag[1] ?? '';
    const attributes: Record<string, string> = {};
    const at: Record<string, Position> = { '<': positionOf(start) };
    for (const a of body.matchAll(ATTRIBUTE)) {
      const name = a[1] ?? '';
      attributes[name] = (a[2] ?? a[3] ?? '').trim();
      // Point at the value, just after its opening quote.
      at[name] = positionOf(start + '<Photo'.length + a.index + a[0].search(/["']/) + 1);
    }
    photos.push({ attributes, at });
  }
  const markdownImages = [...text.matchAll(MARKDOWN_IMAGE)].map((m) => ({
    src: m[1] ?? '',
    at: positionOf(m.index),
  }));
  return { photos, markdownImages };
}
