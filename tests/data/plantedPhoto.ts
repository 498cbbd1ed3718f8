// A phone photo as privacy goes wrong: GPS position, camera serial, thumbnail, XMP and IPTC, turned by its
// orientation tag. Written with exiftool (Debian libimage-exiftool-perl), which also reads back what remains.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** Stored 800×1200 (portrait pixels) with orientation 6: upright it is 1200×800. */
export const PLANTED_UPRIGHT = { width: 1200, height: 800 } as const;

/** Writes the planted JPEG to `file`. */
export async function writePlantedJpeg(file: string, thumbFile: string): Promise<void> {
  // Top half red, bottom half blue in the stored pixels, so a missed rotation would show.
  const half = (color: string): Promise<Buffer> =>
    sharp({ create: { width: 800, height: 600, channels: 3, background: color } }).png().toBuffer();
  const pixels = await sharp({ create: { width: 800, height: 1200, channels: 3, background: '#fff' } })
    .composite([
      { input: await half('#d00000'), top: 0, left: 0 },
      { input: await half('#0000d0'), top: 600, left: 0 },
    ])
    .jpeg()
    .toBuffer();
  writeFileSync(file, pixels);
  writeFileSync(thumbFile, await sharp(pixels).resize(160).jpeg().toBuffer());
  execFileSync('exiftool', [
    '-q',
    '-overwrite_original',
    '-n',
    '-Orientation=6',
    '-Make=GongshiTestCam',
    '-Model=Planted X1',
    '-SerialNumber=SN-PLANTED-0042',
    '-BodySerialNumber=SN-PLANTED-0042',
    '-GPSLatitude=23.1291',
    '-GPSLatitudeRef=N',
    '-GPSLongitude=113.2644',
    '-GPSLongitudeRef=E',
    '-XMP-dc:Creator=Planted Person',
    '-IPTC:By-line=Planted Person',
    `-ThumbnailImage<=${thumbFile}`,
    file,
  ]);
}

/** Tag groups that carry metadata (exiftool family 0); structure such as File, JFIF or QuickTime is fine. */
const FORBIDDEN = /^(EXIF|XMP|IPTC|MakerNotes|Photoshop|ICC_Profile|FlashPix|GPS|APP\d+)$/;
const IMAGE = /\.(jpe?g|png|webp|avif|gif)$/i;

/** Every image file under `dir`. */
export function imageFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && IMAGE.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** `file: Group:Tag` for every metadata tag exiftool finds in the files (read in one exiftool run). */
export function metadataTags(files: readonly string[]): string[] {
  if (files.length === 0) return [];
  const out = execFileSync('exiftool', ['-q', '-j', '-G0', '-a', '-@', '-'], {
    input: files.join('\n'),
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const records = JSON.parse(out) as Array<Record<string, unknown>>;
  return records.flatMap((r) =>
    Object.keys(r)
      .filter((k) => FORBIDDEN.test(k.split(':')[0] ?? '') || /GPS|Serial|Thumbnail/i.test(k))
      .map((k) => `${String(r['SourceFile'])}: ${k}`),
  );
}
