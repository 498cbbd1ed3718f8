// Cantonese place names use CJK Extension B characters (𨋢 U+282E2) that Noto Sans SC lacks: posters draw
// them with the Noto Sans HK fallback instead of failing the build or drawing a tofu box.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fontFor } from '../../src/data/posterGlyphs.ts';
import { fontsFor } from '../../src/posters/font.ts';
import { communityPosterModel } from '../../src/posters/models.ts';
import { renderPoster, renderTree } from '../../src/posters/renderPoster.ts';
import { box, line } from '../../src/posters/tree.ts';
import { computeStats } from '../../src/stats/computeStats.ts';
import { posterDataset } from './fixtures.ts';
import { posters } from '../../src/i18n/zh-CN/posters.ts';

const EXT_B = '𨋢';

/** Dark pixels in a greyscale render. */
async function ink(png: Buffer): Promise<number> {
  const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return data.filter((v) => v < 128).length;
}

const glyph = (text: string) =>
  box(
    {
      width: '100%',
      height: '100%',
      alignItems: 'center',
      justifyContent: 'center',
      backgroundColor: '#ffffff',
    },
    line({ fontFamily: 'Noto Sans SC', fontSize: 96, fontWeight: 700, color: '#000000' }, text),
  );

describe('fallback font for Extension B characters', () => {
  it('Noto Sans SC lacks 𨋢 and Noto Sans HK has it', () => {
    expect(fontFor(EXT_B)).toBe(1);
    expect(fontFor('西')).toBe(0);
  });

  it('adds the fallback family to the fonts only when the text needs it', async () => {
    expect((await fontsFor('西湾东', 'poster')).map((f) => f.name)).toEqual(['Noto Sans SC', 'Noto Sans SC']);
    expect((await fontsFor(`${EXT_B}西`, 'poster')).map((f) => `${f.name} ${f.weight}`)).toEqual([
      'Noto Sans SC 400',
      'Noto Sans SC 700',
      'Noto Sans HK 400',
      'Noto Sans HK 700',
    ]);
  });

  it('draws the character itself: ink like a Chinese character, unlike a blank', async () => {
    const drawn = await ink((await renderTree(glyph(EXT_B), 160, 160)).png);
    const reference = await ink((await renderTree(glyph('西'), 160, 160)).png);
    expect(drawn).toBeGreaterThan(reference / 3);
    expect(drawn).toBeLessThan(reference * 3);
  });

  it('renders a community poster whose name has an Extension B character', async () => {
    const dataset = posterDataset();
    const community = { id: 'c3', name: `${EXT_B}园` };
    const stats = computeStats({ ...dataset, communities: [...dataset.communities, community] });
    const model = communityPosterModel(dataset.report, posters, stats, community);
    const { png } = await renderPoster(model);
    expect((await sharp(png).metadata()).format).toBe('png');
  });
});
