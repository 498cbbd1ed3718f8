// A story's id (its address, /stories/<id>/) comes from its file name and nothing else.

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * `2025/huangshu-diary.mdx` → `2025/huangshu-diary`; a story folder `lift/index.mdx` (with its photos) → `lift`,
 * as Astro names it. `relative` is the path inside stories/.
 */
export function storyId(relative: string): string {
  return relative
    .replace(/\\/g, '/')
    .replace(/\.mdx?$/i, '')
    .replace(/(^|\/)index$/i, '');
}

/** Why an id cannot be an address, or undefined when it can. */
export function storyIdProblem(id: string): string | undefined {
  if (id !== '' && id.split('/').every((segment) => SEGMENT.test(segment))) return undefined;
  return `故事文件名“${id}”会成为网址：只能用英文字母、数字、- 和 _，例如 huangshu-diary.mdx`;
}

/** The key two ids collide on: case and full-width forms do not make a different address on every disk. */
export function storyIdKey(id: string): string {
  return id.normalize('NFKC').toLowerCase();
}
