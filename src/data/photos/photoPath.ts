// A photo is named relative to its folder (photos/ or the story's folder) and may never leave it.

/** The path with `./` dropped and `/` separators, or undefined when it leaves the folder or is absolute. */
export function photoPath(ref: string): string | undefined {
  const parts = ref.replace(/^\.\//, '').split('/');
  if (ref === '' || ref.startsWith('/') || ref.includes('\\') || /^[a-z]+:/i.test(ref)) return undefined;
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  return parts.join('/');
}

export const PATH_HINT = '只写照片的文件名（可带子文件夹，如 2025/开工.jpg），不能用 ..、/ 开头或网址';
