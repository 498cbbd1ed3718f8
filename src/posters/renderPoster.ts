// Poster model → satori SVG → sharp PNG, with the font subset to exactly the poster's characters.
import satori from 'satori';
import sharp from 'sharp';
import { fontsFor, type SubsetScope } from './font.ts';
import { injectQrCodes, QR_ATTRIBUTE, type QrPlacement } from './qr.ts';
import { posterLayout } from './templates/index.ts';
import { PHOTO_ATTRIBUTE, photosOf, textOf, type PosterElement } from './tree.ts';
import { withPngDensity } from './pngDensity.ts';
import { isPrintEdition, PRINT_DPI, type PosterModel } from './types.ts';

export interface RenderTimings {
  subsetMs: number;
  satoriMs: number;
  sharpMs: number;
}

export interface RenderedPoster {
  png: Buffer;
  timings: RenderTimings;
}

/** Render a layout tree to PNG at `width`×`height`; throws if any character is missing from the font. */
export async function renderTree(
  tree: PosterElement,
  width: number,
  height: number,
  subset: SubsetScope = 'build',
): Promise<RenderedPoster> {
  const t0 = performance.now();
  await fillPhotos(tree);
  const fonts = await fontsFor(textOf(tree), subset);
  const t1 = performance.now();
  const missing: string[] = [];
  const qrCodes: QrPlacement[] = [];
  const svg = await satori(tree, {
    width,
    height,
    fonts,
    // Satori asks for more fonts only when a glyph is missing: that is a tofu box on a poster.
    onNodeDetected: (node) => {
      const qrText: unknown = node.props[QR_ATTRIBUTE];
      if (typeof qrText === 'string') {
        qrCodes.push({ text: qrText, left: node.left, top: node.top, size: node.width });
      }
    },
    loadAdditionalAsset: async (_code: string, segment: string) => {
      missing.push(segment);
      return [];
    },
  });
  if (missing.length > 0) {
    throw new Error(
      `Poster text has characters that Noto Sans SC lacks: ${[...new Set(missing.join(''))].join(' ')}`,
    );
  }
  const t2 = performance.now();
  // Level 3 without adaptive filtering: about 10% larger files than level 6, and faster.
  const png = await sharp(Buffer.from(injectQrCodes(svg, qrCodes)))
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
  const t3 = performance.now();
  return { png, timings: { subsetMs: t1 - t0, satoriMs: t2 - t1, sharpMs: t3 - t2 } };
}

/**
 * Embed each photo the tree names, upright (EXIF orientation applied), cropped to its box and re-encoded:
 * nothing of the original file, its metadata included, reaches the poster.
 */
async function fillPhotos(tree: PosterElement): Promise<void> {
  for (const element of photosOf(tree)) {
    const file = element.props[PHOTO_ATTRIBUTE];
    const { width, height } = element.props;
    if (typeof file !== 'string' || typeof width !== 'number' || typeof height !== 'number') continue;
    const jpeg = await sharp(file)
      .rotate()
      .resize(width, height, { fit: 'cover' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    element.props['src'] = `data:image/jpeg;base64,${jpeg.toString('base64')}`;
  }
}

/** Render one poster model to PNG. */
export async function renderPoster(
  model: PosterModel,
  subset: SubsetScope = 'build',
): Promise<RenderedPoster> {
  const { tree, width, height } = posterLayout(model);
  const rendered = await renderTree(tree, width, height, subset);
  return isPrintEdition(model) ? { ...rendered, png: withPngDensity(rendered.png, PRINT_DPI) } : rendered;
}
