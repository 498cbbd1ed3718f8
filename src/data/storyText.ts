// Story files get the same character rules as every other text: no invisible characters, and nothing the
// poster fonts cannot draw (titles and summaries become share cards). Story front matter rules live elsewhere.
import { checkText, plainText } from './checkText.ts';
import { error } from './problem.ts';
import { positionFinder } from './textPosition.ts';
import type { Problem } from './types.ts';

/** Invisible characters and characters without a poster glyph in one story file, each at its line and column. */
export function checkStoryText(text: string, file: string): Problem[] {
  if (plainText(text)) return [];
  const positionOf = positionFinder(text);
  return checkText(text, Number.POSITIVE_INFINITY, '故事').map((f) => error(file, positionOf(f.index), f.code, f.message));
}
