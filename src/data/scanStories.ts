// Stories are free text written by people: scan them for personal data before publishing.
import { findPersonalData } from './personalData.ts';
import { error } from './problem.ts';
import { positionFinder } from './textPosition.ts';
import type { Problem } from './types.ts';

/** Personal-data problems in one story's text, at the line/column of each match. */
export function scanStory(text: string, file: string): Problem[] {
  const positionOf = positionFinder(text);
  return findPersonalData(text).map((f) => error(file, positionOf(f.index), `personal_data.${f.rule}`, f.message));
}
