// Satori layout trees as plain objects (`{ type, props }`), so posters need no React or JSX.

/** Inline CSS in satori's camelCase form; numbers are pixels. */
export type PosterStyle = Record<string, string | number>;

export type PosterNode = PosterElement | string;

export interface PosterElement {
  type: string;
  props: {
    style?: PosterStyle;
    children?: PosterNode[];
    [attribute: string]: string | number | PosterStyle | PosterNode[] | undefined;
  };
}

/** A flex `div` (satori needs `display: flex` on any element with several children). */
export function box(style: PosterStyle, ...children: PosterNode[]): PosterElement {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

/** Marks a line element with its text, so layout tests can find lines among satori's nodes. */
export const LINE_ATTRIBUTE = 'data-line';

/** One line of text that never wraps: line breaks are decided by `fitText`, not by satori. */
export function line(style: PosterStyle, text: string): PosterElement {
  return {
    type: 'div',
    props: {
      [LINE_ATTRIBUTE]: text,
      style: { display: 'flex', whiteSpace: 'pre', ...style },
      children: [text],
    },
  };
}

/** Marks an image whose pixels are filled in at render time (see renderPoster.ts). */
export const PHOTO_ATTRIBUTE = 'data-photo';

/**
 * A photo about `width`×`height` (the size it is cropped to); `file` is read, cropped to fill and embedded
 * when the poster is rendered. `style` may place it otherwise, e.g. absolutely behind a band.
 */
export function photo(file: string, width: number, height: number, style: PosterStyle = {}): PosterElement {
  return {
    type: 'img',
    props: {
      [PHOTO_ATTRIBUTE]: file,
      src: '',
      width,
      height,
      style: { width, height, objectFit: 'cover', ...style },
    },
  };
}

/** Every photo element in a tree, for the renderer to fill. */
export function photosOf(node: PosterNode): PosterElement[] {
  if (typeof node === 'string') return [];
  const own = typeof node.props[PHOTO_ATTRIBUTE] === 'string' ? [node] : [];
  return [...own, ...(node.props.children ?? []).flatMap(photosOf)];
}

/** All text in a tree, in document order: the characters a poster's font subset must cover. */
export function textOf(node: PosterNode): string {
  if (typeof node === 'string') return node;
  return (node.props.children ?? []).map(textOf).join('');
}
