// One image file from the data directory: size cap, format, upright size and content hash, or why not.
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';

/** Photos above this are refused before they are decoded. */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** Narrower photos look blurred in the 36em column on a phone and on posters. */
export const MIN_PHOTO_WIDTH = 800;
/** File endings the loader treats as images (for "present but never used"). */
export const IMAGE_FILE = /\.(jpe?g|png|webp|heic|heif|avif|gif|tiff?|bmp)$/i;

export interface ImageInfo {
  /** Width and height after the EXIF orientation is applied. */
  width: number;
  height: number;
  /** sha256 of the file, hex: names the published variants and keys the caches. */
  hash: string;
  format: 'jpeg' | 'png' | 'webp';
}

export type Inspected = { ok: true; info: ImageInfo } | { ok: false; code: string; message: string };

const READABLE = new Set(['jpeg', 'png', 'webp']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

export const HEIC_HINT =
  'HEIC/HEIF 照片（苹果手机默认格式）无法发布：请导出为 JPEG 再放入。' +
  'iPhone：在“照片”中选中照片 → 分享 → 选项 → 选“最兼容”后存储；或“设置 → 相机 → 格式”选“兼容性最佳”后再拍；' +
  '电脑上可用“照片/预览”应用“导出为 JPEG”。';

/** True when the bytes are an ISO-BMFF HEIF container (HEIC from phones), whatever the file is called. */
export function isHeif(bytes: Uint8Array): boolean {
  if (bytes.length < 12) return false;
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  return ascii(4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(8, 12));
}

/** Checks that the bytes are a readable, wide-enough JPEG/PNG/WebP and measures them. */
export async function inspectImage(bytes: Uint8Array, name: string): Promise<Inspected> {
  if (isHeif(bytes) || /\.hei[cf]$/i.test(name)) return { ok: false, code: 'photo.heic', message: HEIC_HINT };
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
    // Decoding a tiny version (JPEG shrinks on load) finds truncated or corrupt files cheaply.
    if (meta.format && READABLE.has(meta.format)) {
      await sharp(bytes, { failOn: 'error' }).resize(16).raw().toBuffer();
    }
  } catch {
    return {
      ok: false,
      code: 'photo.unreadable',
      message: '无法读取这张图片（文件损坏或不是图片）：请重新导出为 JPEG',
    };
  }
  const format = meta.format;
  if (format !== 'jpeg' && format !== 'png' && format !== 'webp') {
    return {
      ok: false,
      code: 'photo.format',
      message: `不支持的图片格式 ${String(format)}：请导出为 JPEG（也可用 PNG、WebP）`,
    };
  }
  const { width, height } = meta.autoOrient;
  if (width < MIN_PHOTO_WIDTH) {
    return {
      ok: false,
      code: 'photo.too_narrow',
      message: `图片宽 ${width} 像素，至少要 ${MIN_PHOTO_WIDTH} 像素：请用原图（微信发送时勾选“原图”）`,
    };
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, info: { width, height, hash, format } };
}
