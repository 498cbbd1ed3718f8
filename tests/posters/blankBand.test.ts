// Every poster the sample build writes fills its height: no band of plain background taller than 10% of the
// poster (the old layouts left a quarter to a third empty above the footer in quiet months). Open Graph
// cards are not posters and are left out.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { distDir } from '../browser/dist.ts';

const MAX_SHARE = 0.1;
const TOLERANCE = 6;

/** Height of the tallest run of rows whose every pixel is the poster's background colour. */
async function tallestBlankBand(file: string): Promise<{ rows: number; height: number; at: number }> {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  // The background: the left margin at mid-height, where every template has plain paper.
  const bgAt = (Math.floor(height / 2) * width + 2) * channels;
  const bg = [data[bgAt] ?? 0, data[bgAt + 1] ?? 0, data[bgAt + 2] ?? 0];
  const blank = (y: number): boolean => {
    for (let x = 0; x < width; x += 2) {
      const i = (y * width + x) * channels;
      for (let c = 0; c < 3; c += 1)
        if (Math.abs((data[i + c] ?? 0) - (bg[c] ?? 0)) > TOLERANCE) return false;
    }
    return true;
  };
  let best = { rows: 0, at: 0 };
  let run = 0;
  for (let y = 0; y < height; y += 1) {
    run = blank(y) ? run + 1 : 0;
    if (run > best.rows) best = { rows: run, at: y - run + 1 };
  }
  return { ...best, height };
}

test('no sample poster has a blank band taller than 10% of its height', async () => {
  const dir = path.join(distDir(), 'posters');
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.png')).sort();
  expect(files.length).toBeGreaterThan(20);
  const tooBlank: string[] = [];
  for (const f of files) {
    const band = await tallestBlankBand(path.join(dir, f));
    if (band.rows > band.height * MAX_SHARE) {
      tooBlank.push(
        `${f}: ${String(band.rows)} blank rows from y=${String(band.at)} (${String(Math.round((100 * band.rows) / band.height))}%)`,
      );
    }
  }
  expect(tooBlank).toEqual([]);
}, 180_000);
