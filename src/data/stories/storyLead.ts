// A story's opening words, for its share poster: the text of its first paragraph, read from the tree the
// validator has already parsed (no second reading of the story).
import type { StoryNode } from './storyRules.ts';

// Inline nodes whose own text is shown; containers (emphasis, links, <b>…) are walked into.
const TEXT_NODES = new Set(['text', 'inlineCode']);
// A line break in the source is a space in the page, but between two Chinese characters it is nothing.
const BETWEEN_WIDE = /(?<=[^\p{ASCII}])\s+(?=[^\p{ASCII}])/gu;

function textOf(node: StoryNode): string {
  if (TEXT_NODES.has(node.type)) return typeof node.value === 'string' ? node.value : '';
  // Raw HTML (a comment) says nothing a reader sees.
  if (node.type === 'html') return '';
  return (node.children ?? []).map(textOf).join('');
}

/** The text of the first paragraph with any words in it, whitespace folded; '' when there is none. */
export function storyLead(root: StoryNode): string {
  if (root.type === 'paragraph') {
    return textOf(root).replace(BETWEEN_WIDE, '').replace(/\s+/g, ' ').trim();
  }
  for (const child of root.children ?? []) {
    const lead = storyLead(child);
    if (lead !== '') return lead;
  }
  return '';
}
