// One building's milestones on a vertical time axis: reached ones spaced by time, pending ones after.
import { scaleLinear } from 'd3';
import type { IsoDate } from '../../data/types.ts';
import { daysBetween } from '../../stats/months.ts';
import { formatDate } from '../../format/index.ts';
import { stepsTaken } from '../../stats/stage.ts';
import { stageStyles } from '../stages.ts';
import { r1 } from '../svg.ts';
import { CHART_WIDTH, LABEL_FONT, LINE, type ChartText } from '../type.ts';

export interface TimelineInput {
  address: string;
  milestones: readonly { key: string; label: string; optional?: boolean | undefined }[];
  dates: Partial<Record<string, IsoDate>>;
  /** The building withdrew: steps it did not reach are not coming, so no next step is named. */
  withdrawn?: boolean | undefined;
  text: ChartText;
}

export interface TimelineEntry {
  key: string;
  label: string;
  reached: boolean;
  date?: IsoDate | undefined;
  /** `2024年3月5日` or `尚未完成`. */
  dateText: string;
  y: number;
  fill: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisX: number;
  /** Solid axis over reached milestones, dashed over pending ones. */
  solid: { y1: number; y2: number } | undefined;
  dashed: { y1: number; y2: number } | undefined;
  entries: TimelineEntry[];
  summary: string;
}

const TOP = LABEL_FONT + 6;
/** Label line and date line of one entry, plus a gap. */
const MIN_GAP = 2 * LINE + 10;
/** Extra room for time: a reached span is drawn up to this many gaps tall. */
const TIME_SPAN = 2;
const PENDING_GAP = MIN_GAP;

/** Places each milestone at least MIN_GAP apart, reached ones further apart when more time passed. */
export function layoutTimeline(input: TimelineInput, width = CHART_WIDTH): TimelineLayout {
  const styles = new Map(stageStyles(input.milestones, input.text).map((s) => [s.key, s]));
  const steps = stepsTaken(input.milestones, input.dates);
  const reached = steps.filter((m) => input.dates[m.key] !== undefined);
  const pending = steps.filter((m) => input.dates[m.key] === undefined);
  const firstDate = reached[0] ? input.dates[reached[0].key] : undefined;
  const lastDate = reached.at(-1) ? input.dates[reached.at(-1)!.key] : undefined;
  const spanDays = firstDate && lastDate ? Math.max(daysBetween(firstDate, lastDate), 1) : 1;
  const t = scaleLinear()
    .domain([0, spanDays])
    .range([TOP, TOP + MIN_GAP * Math.max(reached.length - 1, 0) * TIME_SPAN]);

  const entries: TimelineEntry[] = [];
  let y = TOP - MIN_GAP;
  for (const m of reached) {
    const date = input.dates[m.key]!;
    y = Math.max(y + MIN_GAP, firstDate ? t(daysBetween(firstDate, date)) : TOP);
    entries.push({
      key: m.key,
      label: m.label,
      reached: true,
      date,
      dateText: formatDate(date),
      y: r1(y),
      fill: styles.get(m.key)?.fill ?? '#000',
    });
  }
  const lastReachedY = reached.length > 0 ? y : undefined;
  for (const m of pending) {
    y = entries.length === 0 ? TOP : y + (entries.at(-1)?.reached ? MIN_GAP : PENDING_GAP);
    entries.push({
      key: m.key,
      label: m.label,
      reached: false,
      dateText: input.withdrawn ? input.text.withdrawnStep : input.text.notDoneStep,
      y: r1(y),
      fill: '#ffffff',
    });
  }
  const lastY = entries.at(-1)?.y ?? TOP;
  const axisX = 14;
  return {
    width,
    height: r1(lastY + LINE + 12),
    axisX,
    solid: lastReachedY !== undefined && reached.length > 1 ? { y1: TOP, y2: r1(lastReachedY) } : undefined,
    dashed:
      pending.length > 0 && entries.length > 1 ? { y1: r1(lastReachedY ?? TOP), y2: r1(lastY) } : undefined,
    entries,
    summary: timelineSummary(input),
  };
}

/** One sentence: the latest milestone and its date, and what comes next. */
export function timelineSummary({ address, milestones: all, dates, withdrawn, text }: TimelineInput): string {
  // A skipped optional step is neither counted nor named as the next one.
  const milestones = stepsTaken(all, dates);
  const reached = milestones.filter((m) => dates[m.key] !== undefined);
  const last = reached.at(-1);
  const next = milestones.find((m) => dates[m.key] === undefined);
  const nextText = withdrawn
    ? text.timelineWithdrawn
    : next
      ? text.timelineNext(next.label)
      : text.timelineAllDone;
  if (!last) return text.timelineNone(address, nextText);
  return text.timelineSummary(
    address,
    milestones.length,
    reached.length,
    formatDate(dates[last.key]!),
    last.label,
    nextText,
  );
}
