import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { withPngDensity } from './pngDensity.ts';

// Rendered from SVG, as posters are: libvips writes a 72 dpi pHYs chunk.
const fromSvg = (): Promise<Buffer> =>
  sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#c00"/></svg>',
    ),
  )
    .png()
    .toBuffer();
describe('withPngDensity', () => {
  it('declares 300 dpi without adding EXIF, keeping the pixels', async () => {
    const before = await fromSvg();
    expect((await sharp(before).metadata()).density).toBe(72);
    const after = withPngDensity(before, 300);
    const meta = await sharp(after).metadata();
    expect(meta.density).toBe(300);
    expect(meta.exif).toBeUndefined();
    expect(after.includes(Buffer.from('eXIf'))).toBe(false);
    const pixels = async (png: Buffer) => (await sharp(png).raw().toBuffer()).toString('hex');
    expect(await pixels(after)).toBe(await pixels(before));
  });

  it('adds the chunk before the image data when the PNG has none', async () => {
    const png = await fromSvg();
    const at = png.indexOf('pHYs') - 4; // length, type, 9 data bytes, CRC: 21 bytes
    const without = Buffer.concat([png.subarray(0, at), png.subarray(at + 21)]);
    expect(without.includes(Buffer.from('pHYs'))).toBe(false);
    const after = withPngDensity(without, 300);
    expect(after.indexOf('pHYs')).toBeLessThan(after.indexOf('IDAT'));
    expect((await sharp(after).metadata()).density).toBe(300);
  });
});
