// Alt text and credits are read aloud and shown on every photo: they must say something, in Chinese.

const CJK = /\p{Script=Han}/u;
const FILE_NAME = /\.(jpe?g|png|webp|heic|heif|gif|avif)$|^(img|dsc|pxl|mmexport|wx_camera|微信图片)[_\-\s]?\d/i;

/** Why this alt text cannot be published, or undefined when it is fine. */
export function altProblem(alt: string): string | undefined {
  const example = '例如“施工完成后，邻居们在楼下看新装好的设施”';
  if (alt === '') return `alt（图片说明）为空：请用一句中文描述照片里有什么，读屏软件会读出来，${example}`;
  if (FILE_NAME.test(alt)) return `alt“${alt}”像是文件名：请改成描述照片内容的中文句子，${example}`;
  if (!CJK.test(alt)) return `alt“${alt}”不是中文：请用中文描述照片内容，${example}`;
  return undefined;
}

/** Why this credit cannot be published, or undefined. */
export function creditProblem(credit: string): string | undefined {
  if (credit === '') return 'credit（图片来源）为空：请写明照片来源，例如“西湾社区居委会”或“居民供图”';
  return undefined;
}
