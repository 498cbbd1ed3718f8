// Which link targets and image sources a story may use. Browsers ignore tabs, newlines and leading
// control characters in URLs (`java\tscript:` runs), so those are removed before the scheme is read.

const IGNORED = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const IMAGE_FILE = /\.(?:avif|gif|jpe?g|png|webp)$/i;

/** Why a link target is not allowed, or undefined when it is. */
export function linkProblem(url: string): string | undefined {
  const bare = url.replace(IGNORED, '');
  const scheme = SCHEME.exec(bare)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'http' || scheme === 'https') return undefined;
    return `链接“${scheme}:”不允许：故事只能链接 https:// 网址或本站页面（如 ../../buildings/xiwandong-001/）`;
  }
  if (/^[/\\]{2}/.test(bare)) return '链接以 // 开头：请写完整的 https:// 网址';
  return undefined;
}

/**
 * Why an image source is not allowed, or undefined when it is: only image files beside the story.
 * `anyExtension` leaves the file type to the photo rules (they explain HEIC and the like).
 */
export function imageProblem(url: string, anyExtension = false): string | undefined {
  const bare = url.replace(IGNORED, '');
  const scheme = SCHEME.exec(bare)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    return '不能引用其他网站的图片（网页的安全策略会挡住它，也会把读者的地址告诉那个网站）：请把图片文件放在故事旁边，写 ./照片.jpg';
  }
  if (scheme !== undefined) {
    return `图片地址“${scheme}:”不允许：请把图片文件放在故事旁边，写 ./照片.jpg`;
  }
  const path = bare.split(/[?#]/)[0] ?? '';
  if (/^[/\\]/.test(path) || path.split(/[/\\]/).includes('..')) {
    return '图片必须是故事自己的图片：放在故事文件所在的文件夹（或其子文件夹）中，写 ./照片.jpg';
  }
  if (!anyExtension && !IMAGE_FILE.test(path)) return '图片应是 .jpg、.jpeg、.png、.webp、.avif 或 .gif 文件';
  return undefined;
}
