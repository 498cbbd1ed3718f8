import { describe, expect, it } from 'vitest';
import { picture, PHOTO_SIZES } from './picture.ts';
import { photoVariants, PHOTO_WIDTHS } from './variants.ts';

const hash = 'ab'.repeat(32);

describe('photoVariants', () => {
  it('never makes a variant wider than the original or the widest size shown', () => {
    const widths = (width: number): number[] => [
      ...new Set(photoVariants({ width, height: 600, hash }).map((v) => v.width)),
    ];
    expect(widths(4000)).toEqual([...PHOTO_WIDTHS]);
    expect(widths(1000)).toEqual([400, 800]);
    expect(Math.max(...widths(6000))).toBe(1200);
  });
  it('names files by content hash, width and format, keeping the aspect ratio', () => {
    const v = photoVariants({ width: 3000, height: 2000, hash });
    expect(v).toContainEqual({
      width: 800,
      height: 533,
      format: 'avif',
      url: `/photos/${hash.slice(0, 16)}-800.avif`,
    });
  });
});

describe('picture', () => {
  it('offers AVIF and WebP sources, a JPEG fallback, and the intrinsic size', () => {
    const p = picture({ width: 3000, height: 2000, hash }, PHOTO_SIZES.column);
    expect(p.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    expect(p.src).toMatch(/-800\.jpg$/);
    expect(p.srcset.split(', ')).toHaveLength(3);
    expect([p.width, p.height]).toEqual([3000, 2000]);
  });
});
