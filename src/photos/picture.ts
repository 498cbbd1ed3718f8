// A <picture> for a photo: AVIF and WebP sources, a JPEG <img> with width/height so nothing jumps.
import type { Photo } from '../data/types.ts';
import { PHOTO_FORMATS, photoVariants } from './variants.ts';

export interface PictureSource {
  type: string;
  srcset: string;
}

export interface Picture {
  sources: PictureSource[];
  /** JPEG fallback: its srcset, and the middle width as src for browsers without srcset. */
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
}

/** Where a photo is shown, as a `sizes` value. */
export const PHOTO_SIZES = {
  /** Full text column: the viewport minus the page padding on phones, at most 36em. */
  column: '(max-width: 40em) calc(100vw - 2rem), 36em',
  /** A tile of the 喜悦时刻 strip. */
  tile: '(max-width: 40em) 70vw, 16em',
} as const;

/** The picture of a photo for one place on a page. */
export function picture(photo: Pick<Photo, 'width' | 'height' | 'hash'>, sizes: string): Picture {
  const variants = photoVariants(photo);
  const srcset = (format: string): string =>
    variants
      .filter((v) => v.format === format)
      .map((v) => `${v.url} ${v.width}w`)
      .join(', ');
  const jpegs = variants.filter((v) => v.format === 'jpeg');
  const fallback = jpegs[Math.min(1, jpegs.length - 1)];
  return {
    sources: PHOTO_FORMATS.filter((f) => f.format !== 'jpeg').map((f) => ({
      type: f.type,
      srcset: srcset(f.format),
    })),
    src: fallback?.url ?? '',
    srcset: srcset('jpeg'),
    sizes,
    width: photo.width,
    height: photo.height,
  };
}
