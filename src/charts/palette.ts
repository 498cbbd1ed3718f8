// Colours for ordered stages: one hue whose lightness rises with progress, so the order survives
// colour blindness and greyscale printing. Every mark also carries a text label.
import { interpolateBlues, rgb } from 'd3';
import { contrast } from '../theme/contrast.ts';

export { contrast, luminance } from '../theme/contrast.ts';

export const INK = '#1a1a1a';
export const MUTED_INK = '#4d4d4d';
export const PAPER = '#ffffff';
export const GRID = '#d0d0d0';
export const TRACK = '#eeeeee';
/** Lines that are context, not the headline: light enough to recede behind the coloured ones. */
export const RECEDE = '#b9b9b9';
/** Goal lines and forecasts: Okabe–Ito vermillion, darkened for 4.5:1 text on white. */
export const ACCENT = '#b34700';
/** The reference bar of all eligible buildings. */
export const ELIGIBLE_FILL = '#8a8a8a';
/** Buildings with no milestone yet. */
export const NONE_FILL = '#e6e6e6';

/**
 * Fill for stage index `i` of `count` milestones (0 = first milestone). Starts at a mid tone so
 * even the first stage is visible on white, ends near navy.
 */
export function stageColor(i: number, count: number): string {
  const t = count <= 1 ? 1 : 0.35 + (0.6 * i) / (count - 1);
  return rgb(interpolateBlues(t)).formatHex();
}

/** A milestone's colour: its own (report.json `color`), else its place in the blue ramp. */
export function milestoneColor(milestones: readonly { color?: string }[], i: number): string {
  return milestones[i]?.color ?? stageColor(i, milestones.length);
}

/** Dark or white text, whichever reads better on `fill`. */
export function textOn(fill: string): string {
  return contrast(fill, INK) >= contrast(fill, PAPER) ? INK : PAPER;
}
