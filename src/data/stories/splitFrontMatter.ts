// The front matter block of a story, found exactly as Astro finds it (@astrojs/internal-helpers
// frontmatter.ts), and the body with the block blanked out so positions stay those of the file.

// Astro's own pattern: a BOM or blank lines, then --- (YAML) or +++ (TOML) … the same fence.
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export interface SplitStory {
  /** The fence that opened the block, undefined when the story has none. */
  fence?: '---' | '+++';
  /** The text between the fences. */
  raw: string;
  /** Offset of `raw` in the file. */
  rawOffset: number;
  /** The file with the whole block replaced by spaces (line breaks kept), as Astro renders it. */
  body: string;
}

/** Splits a story into its front matter and its body. */
export function splitFrontMatter(text: string): SplitStory {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { raw: '', rawOffset: 0, body: text };
  const fence = match[1] === '+++' ? '+++' : '---';
  const raw = match[2] ?? '';
  const block = `${fence}${raw}${fence}`;
  const start = text.indexOf(block);
  const body = `${text.slice(0, start)}   ${raw.replace(/[^\r\n]/g, ' ')}   ${text.slice(start + block.length)}`;
  return { fence, raw, rawOffset: start + fence.length, body };
}
