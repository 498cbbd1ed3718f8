// Reads one image from the data directory: never through a link, never past the size cap.
import { lstat, readFile } from 'node:fs/promises';
import { MAX_PHOTO_BYTES } from './inspectImage.ts';

export type PhotoBytes =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; code: 'photo.missing' | 'photo.too_big' | 'photo.link'; message: string };

const MB = 1024 * 1024;

/** The file's bytes, or why it cannot be used; checks the size before reading anything. */
export async function readPhotoBytes(file: string): Promise<PhotoBytes> {
  const stats = await lstat(file).catch(() => undefined);
  if (!stats || stats.isDirectory()) {
    return { ok: false, code: 'photo.missing', message: '找不到这张图片：请检查文件名（区分大小写）和它所在的文件夹' };
  }
  if (stats.isSymbolicLink() || !stats.isFile()) {
    return { ok: false, code: 'photo.link', message: '图片是链接或特殊文件：请把照片文件本身复制进来' };
  }
  if (stats.size > MAX_PHOTO_BYTES) {
    const size = (stats.size / MB).toFixed(1);
    return {
      ok: false,
      code: 'photo.too_big',
      message: `图片有 ${size} MB，超过 ${MAX_PHOTO_BYTES / MB} MB：请导出较小的 JPEG（长边 3000 像素左右足够）`,
    };
  }
  return { ok: true, bytes: await readFile(file) };
}
