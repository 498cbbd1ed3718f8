// Draws the sample's illustrative photos (`npm run sample:photos`): data/photos/ with photos.csv, and the
// photos of Huang Shu's diary. Plain JPEGs without metadata; the story text references them by file name.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { writeCsv } from '../src/publish/writeCsv.ts';
import { BUILDING_PHOTOS, SAMPLE_CREDIT, STORY_PHOTOS, type SamplePhoto } from './sample/samplePhotos.ts';
import { PALETTES, sceneSvg } from './sample/scenes.ts';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

async function draw(photo: SamplePhoto): Promise<void> {
  const svg = sceneSvg(photo.scene, PALETTES[photo.palette]);
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
  const target = join(dataDir, photo.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, jpeg);
  console.log(`${photo.path}: ${Math.round(jpeg.length / 1024)} KB`);
}

for (const photo of [...BUILDING_PHOTOS, ...STORY_PHOTOS]) await draw(photo);
const rows = BUILDING_PHOTOS.map((p) => [
  p.buildingId,
  p.milestone,
  p.path.replace(/^photos\//, ''),
  p.alt,
  SAMPLE_CREDIT,
  p.date,
]);
writeFileSync(
  join(dataDir, 'photos', 'photos.csv'),
  writeCsv(['building_id', 'milestone', 'file', 'alt', 'credit', 'date'], rows),
);
