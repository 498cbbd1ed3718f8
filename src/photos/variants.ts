// Which sizes and formats of a photo are published. Pure: pages and the encoder agree through it.
import type { Photo } from '../data/types.ts';
import { photoVariantUrl } from '../urls.ts';

/**
 * The widest a photo is shown is the 36em text column: 576 px, 792 px in 大字模式. Variants go to 1200 px
 * (2× screens at normal type) and never above the original, so no file is larger than any page can use.
 */
export const PHOTO_WIDTHS = [400, 800, 1200] as const;

export const PHOTO_FORMATS = [
  { format: 'avif', ext: 'avif', type: 'image/avif' },
  { format: 'webp', ext: 'webp', type: 'image/webp' },
  { format: 'jpeg', ext: 'jpg', type: 'image/jpeg' },
] as const;

export type PhotoFormat = (typeof PHOTO_FORMATS)[number]['format'];

export interface PhotoVariant {
  width: number;
  height: number;
  format: PhotoFormat;
  /** Site path, e.g. `/photos/0123456789abcdef-800.avif`. */
  url: string;
}

type Measured = Pick<Photo, 'width' | 'height' | 'hash'>;

/** The widths published for a photo: the standard ones up to its own width. */
export function photoWidths(photo: Measured): number[] {
  const widths = PHOTO_WIDTHS.filter((w) => w <= photo.width);
  return widths.length > 0 ? widths : [photo.width];
}

/** Every variant of a photo, each width in each format. */
export function photoVariants(photo: Measured): PhotoVariant[] {
  return photoWidths(photo).flatMap((width) =>
    PHOTO_FORMATS.map(({ format, ext }) => ({
      width,
      height: Math.round((photo.height * width) / photo.width),
      format,
      url: photoVariantUrl(photo.hash, width, ext),
    })),
  );
}
