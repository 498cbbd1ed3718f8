// Photos in the built sample: shown where the issue says, with alt and credit, and nothing private published.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFileFor } from '../browser/dist.ts';
import { imageFilesUnder, metadataTags } from '../data/plantedPhoto.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const html = (url: string): string => readFileSync(htmlFileFor(url), 'utf8');
const figures = (page: string): string[] => page.match(/<figure class="photo">[\s\S]*?<\/figure>/g) ?? [];
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('photos in the sample build', () => {
  it("show on Huang Shu's diary: ten, each with Chinese alt, size, 图片来源, all but the first lazy", () => {
    const found = figures(html('/stories/huangshu-diary/'));
    expect(found).toHaveLength(10);
    for (const [i, f] of found.entries()) {
      expect(f).toMatch(/alt="[^"]*\p{Script=Han}[^"]*"/u);
      expect(f).toMatch(/width="\d+" height="\d+"/);
      expect(f).toContain('图片来源：');
      expect(f).toContain(i === 0 ? 'loading="eager"' : 'loading="lazy"');
      expect(f).toMatch(/<source type="image\/avif"[\s\S]*<source type="image\/webp"[\s\S]*\.jpg/);
    }
  });

  it('show on at least three building timelines, at their milestone', () => {
    const withPhotos = [
      'xiwandong-001',
      'xiwan-038',
      'dagangyuan-018',
      'lingnanwanpan-008',
      'guangya-020',
    ].filter((id) => figures(html(`/buildings/${id}/`)).length > 0);
    expect(withPhotos.length).toBeGreaterThanOrEqual(3);
    const page = html('/buildings/xiwan-038/');
    expect(page).toMatch(/<li id="milestone-in_service">(?:(?!<\/li>)[\s\S])*<figure class="photo">/);
  });

  it('show a 喜悦时刻 strip on the home page and community pages, linking to the buildings', () => {
    const home = html('/');
    expect(home).toContain('喜悦时刻');
    expect(home).toMatch(/<ul class="joy-strip">[\s\S]*href="\/buildings\/xiwan-038\/"/);
    expect(html('/communities/xiwan/')).toContain('喜悦时刻');
  });

  it('publish no image that carries EXIF, GPS, XMP, IPTC, maker notes or a thumbnail', () => {
    expect(metadataTags(imageFilesUnder(distDir()))).toEqual([]);
  });

  it('never copy an original photo into the site', () => {
    const originals = new Set(
      [
        ...imageFilesUnder(path.join(root, 'data', 'photos')),
        ...imageFilesUnder(path.join(root, 'data', 'stories')),
      ].map(sha),
    );
    expect(originals.size).toBeGreaterThan(0);
    const copied = imageFilesUnder(distDir()).filter((f) => originals.has(sha(f)));
    expect(copied).toEqual([]);
  });
});
