// Declares a PNG's print resolution (the pHYs chunk), so an A4 poster prints at A4 size.
// sharp can only set it together with an EXIF block, and published images carry no EXIF.
import { crc32 } from 'node:zlib';

const SIGNATURE_BYTES = 8;
const INCHES_PER_METRE = 39.3701;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** The PNG with its pHYs chunk replaced (or added after IHDR) to say `dpi` dots per inch. */
export function withPngDensity(png: Buffer, dpi: number): Buffer {
  const pixelsPerMetre = Math.round(dpi * INCHES_PER_METRE);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(pixelsPerMetre, 0);
  data.writeUInt32BE(pixelsPerMetre, 4);
  data.writeUInt8(1, 8); // unit: metre
  const phys = chunk('pHYs', data);
  const parts: Buffer[] = [png.subarray(0, SIGNATURE_BYTES)];
  let offset = SIGNATURE_BYTES;
  let written = false;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > png.length) throw new Error('withPngDensity: truncated PNG chunk');
    if (type === 'pHYs') {
      parts.push(phys);
      written = true;
    } else {
      // pHYs must come before the first IDAT.
      if (type === 'IDAT' && !written) {
        parts.push(phys);
        written = true;
      }
      parts.push(png.subarray(offset, end));
    }
    offset = end;
  }
  return Buffer.concat(parts);
}
