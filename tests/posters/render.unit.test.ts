// Rendering: sizes, Chinese glyphs (subset coverage and a reference image), and decodable QR codes.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { posterAlt } from '../../src/posters/alt.ts';
import { contrast } from '../../src/theme/contrast.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { create as openFont, type Font } from 'fontkitten';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { charset, fontsFor } from '../../src/posters/font.ts';
import {
  buildingPosterModel,
  ogCardModel,
  printPosterModel,
  streetPosterModel,
  communityPosterModel,
} from '../../src/posters/models.ts';
import { renderPoster, renderTree } from '../../src/posters/renderPoster.ts';
import { storyPosterModel } from '../../src/posters/storyModel.ts';
import { posterLayout } from '../../src/posters/templates/index.ts';
import { box, line, photosOf, textOf } from '../../src/posters/tree.ts';
import { posterSize, PRINT_DPI, type PosterModel } from '../../src/posters/types.ts';
import { computeStats } from '../../src/stats/computeStats.ts';
import { makeStory } from '../factories.ts';
import { decodeQr } from './decodeQr.ts';
import { posterDataset } from './fixtures.ts';
import { posters } from '../../src/i18n/zh-CN/posters.ts';

const dataset = posterDataset();
const stats = computeStats(dataset);
const { report } = dataset;
const community = dataset.communities[1];
const building = buildingPosterModel(report, posters, stats, 'long');
if (!community || !building) throw new Error('fixture');
const story = storyPosterModel(dataset, posters, makeStory({ buildings: ['long'] }));

const models: PosterModel[] = [
  streetPosterModel(report, posters, stats, '2025-02'),
  communityPosterModel(report, posters, stats, community),
  building,
  ogCardModel(report, posters, { title: '西湾东1号', subtitle: '西湾东社区 · 投入使用' }),
  printPosterModel(report, posters, stats, '2025-02'),
  { ...building, edition: 'print' },
  story,
  { ...story, edition: 'print' },
];

describe.each(models.map((m) => [m.kind, m] as const))('%s poster', (_kind, model) => {
  it('has the published size and decodes to its page', async () => {
    const { png } = await renderPoster(model);
    const meta = await sharp(png).metadata();
    expect({ width: meta.width, height: meta.height, format: meta.format }).toEqual({
      ...posterSize(model),
      format: 'png',
    });
    if (model.kind !== 'og') expect(await decodeQr(png)).toBe(model.qrUrl);
  });

  it('has a font subset of exactly its characters, and a build subset that covers them', async () => {
    const text = textOf(posterLayout(model).tree);
    const build = await fontsFor(text, 'build');
    for (const font of build) {
      const parsed = openFont(font.data) as Font;
      expect([...charset(text)].filter((c) => !parsed.hasGlyphForCodePoint(c.codePointAt(0) ?? 0))).toEqual(
        [],
      );
    }
    const fonts = await fontsFor(text, 'poster');
    for (const font of fonts) {
      const parsed = openFont(font.data) as Font;
      const missing = [...charset(text)].filter((c) => !parsed.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
      expect(missing).toEqual([]);
      // Exactly the poster's characters and the space (0xFFFF is the cmap's end-of-table sentinel).
      const mapped = parsed.characterSet.filter((c) => c !== 0xffff).map((c) => String.fromCodePoint(c));
      expect(mapped.sort().join('')).toBe(charset(text));
    }
  });
});

describe('print edition', () => {
  it.each([
    ['street', printPosterModel(report, posters, stats, '2025-02')],
    ['building', { ...building, edition: 'print' } as const],
    ['story', { ...story, edition: 'print' } as const],
  ])('%s: declares 300 dpi, so it prints at A4, with a QR code at least 3 cm wide', async (_name, model) => {
    const { png } = await renderPoster(model);
    const meta = await sharp(png).metadata();
    expect(meta.density).toBe(PRINT_DPI);
    expect(meta.exif).toBeUndefined();
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const code = jsQR(
      new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
      info.width,
      info.height,
    );
    if (!code) throw new Error('no QR code found');
    const { topLeftCorner: a, topRightCorner: b } = code.location;
    const cm = (Math.hypot(b.x - a.x, b.y - a.y) / PRINT_DPI) * 2.54;
    expect(cm).toBeGreaterThanOrEqual(3);
  });

  it('declares no print resolution on screen posters', async () => {
    const { png } = await renderPoster(streetPosterModel(report, posters, stats, '2025-02'));
    expect((await sharp(png).metadata()).density).toBe(72);
  });
});

describe.each([
  ['celebration', building],
  ['story', story],
] as const)('%s poster with a photo', (_name, poster) => {
  it('fills the header band with the photo behind a scrim that keeps white text at 4.5:1, and re-encodes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gongshi-hero-'));
    const file = join(dir, 'white.jpg');
    // The worst case for white text: a white photo, with camera metadata that must not survive.
    await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#ffffff' } })
      .withExif({ IFD0: { Make: 'PlantedCam', Model: 'Serial 12345' } })
      .jpeg()
      .toFile(file);
    const model = { ...poster, photo: { file, hash: 'h', alt: '白墙', credit: '测试' } };
    const { png } = await renderPoster(model);
    const { data } = await sharp(png)
      .extract({ left: 8, top: 8, width: 1, height: 1 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const hex = `#${[...data].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(contrast(hex, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(png.includes(Buffer.from('PlantedCam'))).toBe(false);
    expect(await decodeQr(png)).toBe(model.qrUrl);
    expect(posterAlt(model, posters)).toContain('照片：白墙（图片来源：测试）');
  });

  it('leaves the photo out of the print edition', async () => {
    const model = {
      ...poster,
      edition: 'print' as const,
      photo: { file: '/no/such.jpg', hash: 'h', alt: 'a', credit: 'c' },
    };
    expect(photosOf(posterLayout(model).tree)).toEqual([]);
  });
});

describe('Chinese type', () => {
  const KNOWN = '西湾东1号 电梯投入使用';
  const reference = new URL('./reference/known-string.png', import.meta.url);

  it('renders a known string like the committed reference image', async () => {
    const tree = box(
      {
        width: '100%',
        height: '100%',
        alignItems: 'center',
        justifyContent: 'center',
        backgroundColor: '#ffffff',
        boxSizing: 'border-box',
      },
      line({ fontFamily: 'Noto Sans SC', fontSize: 64, fontWeight: 700, color: '#000000' }, KNOWN),
    );
    const { png } = await renderTree(tree, 800, 160);
    if (!existsSync(reference) || process.env['UPDATE_REFERENCE']) await writeFile(reference, png);
    const [actual, expected] = await Promise.all(
      [png, await readFile(reference)].map((p) =>
        sharp(p).greyscale().raw().toBuffer({ resolveWithObject: true }),
      ),
    );
    if (!actual || !expected) throw new Error('decode failed');
    expect(actual.info).toEqual(expected.info);
    let differing = 0;
    let ink = 0;
    for (let i = 0; i < actual.data.length; i++) {
      if (Math.abs((actual.data[i] ?? 0) - (expected.data[i] ?? 0)) > 64) differing += 1;
      if ((expected.data[i] ?? 255) < 128) ink += 1;
    }
    // The reference has real glyphs (a tofu box or blank would have far less or far more ink) …
    expect(ink).toBeGreaterThan(5000);
    // … and the render matches it up to anti-aliasing noise.
    if (differing > actual.data.length * 0.002) {
      await writeFile(new URL('./reference/known-string-changed.png', import.meta.url), png);
    }
    expect(differing).toBeLessThanOrEqual(actual.data.length * 0.002);
  });

  it('refuses to render a character the font lacks instead of drawing a tofu box', async () => {
    // U+10FFFD (private use) is in no font.
    const tree = box(
      { width: '100%', height: '100%', fontFamily: 'Noto Sans SC' },
      line({ fontSize: 40 }, '西湾\u{10FFFD}'),
    );
    await expect(renderTree(tree, 400, 100)).rejects.toThrow(/lacks/);
  });
});
