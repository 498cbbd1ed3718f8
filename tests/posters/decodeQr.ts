// Read the QR code in a PNG the way a phone sees the pixels; shared by the poster and sub-path tests.
import jsQR from 'jsqr';
import sharp from 'sharp';

/** The text of the QR code in a PNG, or undefined when none is found. */
export async function decodeQr(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)
    ?.data;
}
