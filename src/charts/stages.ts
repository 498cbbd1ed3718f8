// The ordered stages a building can be at (none, then each milestone) with their colours.
import { NONE_FILL, milestoneColor, textOn } from './palette.ts';
import { NO_STAGE } from '../stats/types.ts';
import type { ChartText } from './type.ts';

export interface StageStyle {
  key: string;
  label: string;
  fill: string;
  /** Text colour with AA contrast on `fill`. */
  textFill: string;
}

/** Label of the stage before any milestone: `尚未成立筹备组`, the wording of format's stageLabel. */
export function noneLabel(
  milestones: readonly { label: string }[],
  text: Pick<ChartText, 'notYet' | 'notStarted'>,
): string {
  const first = milestones[0];
  return first ? text.notYet(first.label) : text.notStarted;
}

/** `none` followed by every milestone in report order, each with a fill and readable text colour. */
export function stageStyles(
  milestones: readonly { key: string; label: string; color?: string }[],
  text: Pick<ChartText, 'notYet' | 'notStarted'>,
): StageStyle[] {
  return [
    { key: NO_STAGE, label: noneLabel(milestones, text), fill: NONE_FILL, textFill: textOn(NONE_FILL) },
    ...milestones.map((m, i) => {
      const fill = milestoneColor(milestones, i);
      return { key: m.key, label: m.label, fill, textFill: textOn(fill) };
    }),
  ];
}

/** Estimated rendered width of a label: CJK glyphs are square, Latin digits about half. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u0000-\u00ff]/.test(ch) ? 0.55 : 1;
  return w * fontSize;
}
