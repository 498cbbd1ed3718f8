// Cumulative buildings per milestone by month, with the goal line and the forecast as a dashed line.
import { line, max, scaleLinear } from 'd3';
import { addMonths, monthsBetween } from '../../stats/months.ts';
import type { Month } from '../../data/types.ts';
import { formatCount, formatMonth } from '../../format/index.ts';
import { ACCENT, stageColor } from '../palette.ts';
import { textWidth } from '../stages.ts';
import { r1 } from '../svg.ts';

export interface TrendInput {
  scopeName: string;
  /** One point per snapshot month, ascending. */
  series: readonly { month: Month; eligible: number; reached: Record<string, number> }[];
  milestones: readonly { key: string; label: string }[];
  /** A buildings goal drawn as a horizontal line, e.g. 百梯: 100 permits. */
  goal?: { label: string; milestone: string; target: number } | undefined;
  /** When all eligible buildings reach `milestone` at the trailing pace. */
  forecast?: { milestone: string; month: Month | undefined; windowMonths: number } | undefined;
}

export interface TrendLine {
  key: string;
  label: string;
  color: string;
  d: string;
  last: number;
  /** End of the line, where a leader runs to the label. */
  endX: number;
  endY: number;
  /** Direct label right of the plot, nudged apart from its neighbours. */
  labelX: number;
  labelY: number;
}

export interface TrendTick {
  value: number;
  pos: number;
  text: string;
}

export interface TrendLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lines: TrendLine[];
  yTicks: TrendTick[];
  xTicks: (TrendTick & { anchor: 'start' | 'middle' | 'end' })[];
  goal?: { y: number; text: string } | undefined;
  forecast?: { d: string; x: number; y: number; text: string; color: string } | undefined;
  summary: string;
}

const MARGIN = { top: 28, right: 104, bottom: 36, left: 40 };
const LABEL_GAP = 18;
/** The forecast may add at most this share of the history's length, so history keeps its width. */
const MAX_FORECAST_SHARE = 0.45;
const MIN_FORECAST_MONTHS = 3;

/** Lays out the lines, axes, goal and forecast on a month-index x axis. */
export function layoutTrend(input: TrendInput, width = 360, height = 300): TrendLayout {
  const { series, milestones, goal, forecast } = input;
  const first = series[0]?.month;
  const lastPoint = series.at(-1);
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
  if (first === undefined || lastPoint === undefined) {
    return {
      width,
      height,
      plot,
      lines: [],
      yTicks: [],
      xTicks: [],
      summary: `${input.scopeName}暂无月度数据。`,
    };
  }
  const lastIndex = monthsBetween(first, lastPoint.month);
  const fcIndex = forecast?.month !== undefined ? monthsBetween(first, forecast.month) : undefined;
  const maxExtension = Math.max(MIN_FORECAST_MONTHS, Math.round(lastIndex * MAX_FORECAST_SHARE));
  const endIndex = Math.max(lastIndex, Math.min(fcIndex ?? lastIndex, lastIndex + maxExtension), 1);
  const x = scaleLinear().domain([0, endIndex]).range([plot.left, plot.right]);
  const yMax = Math.max(
    lastPoint.eligible,
    goal?.target ?? 0,
    max(series, (f) => max(Object.values(f.reached))) ?? 0,
    1,
  );
  const y = scaleLinear().domain([0, yMax]).range([plot.bottom, plot.top]).nice(4);
  const pathOf = line<{ i: number; v: number }>(
    (p) => x(p.i),
    (p) => y(p.v),
  ).digits(1);

  const lines = milestones.map((m, idx): TrendLine => {
    const pts = series.map((f) => ({ i: monthsBetween(first, f.month), v: f.reached[m.key] ?? 0 }));
    const last = pts.at(-1)?.v ?? 0;
    return {
      key: m.key,
      label: m.label,
      color: stageColor(idx, milestones.length),
      d: pathOf(pts) ?? '',
      last,
      endX: r1(x(lastIndex)),
      endY: r1(y(last)),
      labelX: r1(plot.right + 6),
      labelY: r1(y(last)),
    };
  });
  spreadLabels(lines, plot.top, plot.bottom);

  const goalLayout = goal
    ? { y: r1(y(goal.target)), text: `目标：${goal.label} ${formatCount(goal.target)}` }
    : undefined;
  const forecastLayout = layoutForecast(input, lines, x, y, lastIndex, endIndex, fcIndex);

  const yTicks = y.ticks(4).map((v) => ({ value: v, pos: r1(y(v)), text: String(v) }));
  const xTicks = monthTicks(first, endIndex, x);
  return {
    width,
    height,
    plot,
    lines,
    yTicks,
    xTicks,
    goal: goalLayout,
    forecast: forecastLayout,
    summary: trendSummary(input),
  };
}

function layoutForecast(
  input: TrendInput,
  lines: TrendLine[],
  x: (i: number) => number,
  y: (v: number) => number,
  lastIndex: number,
  endIndex: number,
  fcIndex: number | undefined,
): TrendLayout['forecast'] {
  const { forecast, series } = input;
  const target = series.at(-1)?.eligible ?? 0;
  const from = lines.find((l) => l.key === forecast?.milestone);
  if (!forecast?.month || fcIndex === undefined || !from || fcIndex <= lastIndex) return undefined;
  // Clip a far forecast at the chart edge, at the value the straight line reaches there.
  const t = (endIndex - lastIndex) / (fcIndex - lastIndex);
  const endValue = from.last + (target - from.last) * t;
  const x0 = r1(x(lastIndex));
  const y0 = r1(y(from.last));
  const x1 = r1(x(endIndex));
  const y1 = r1(y(endValue));
  return {
    d: `M${x0},${y0}L${x1},${y1}`,
    x: x1,
    y: y1,
    text: `预计${formatMonth(forecast.month)}`,
    color: ACCENT,
  };
}

/** The first month, then each January as `2025年`, dropping labels that would touch the previous one. */
export function monthTicks(first: Month, endIndex: number, x: (i: number) => number): TrendLayout['xTicks'] {
  const ticks: TrendLayout['xTicks'] = [
    { value: 0, pos: r1(x(0)), text: formatMonth(first), anchor: 'start' },
  ];
  let rightEdge = x(0) + textWidth(formatMonth(first), 14);
  for (let i = 1; i <= endIndex; i += 1) {
    const month = addMonths(first, i);
    if (!month.endsWith('-01')) continue;
    const text = `${month.slice(0, 4)}年`;
    const half = textWidth(text, 14) / 2;
    if (x(i) - half < rightEdge + 8) continue;
    ticks.push({ value: i, pos: r1(x(i)), text, anchor: 'middle' });
    rightEdge = x(i) + half;
  }
  return ticks;
}

/** Moves end labels apart (in place) so no two are closer than LABEL_GAP, staying within [top, bottom]. */
export function spreadLabels(items: { labelY: number }[], top: number, bottom: number): void {
  const sorted = [...items].sort((a, b) => a.labelY - b.labelY);
  for (let i = 1; i < sorted.length; i += 1) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.labelY - prev.labelY < LABEL_GAP) cur.labelY = prev.labelY + LABEL_GAP;
  }
  const overflow = (sorted.at(-1)?.labelY ?? bottom) - bottom;
  if (overflow > 0) {
    for (let i = sorted.length - 1; i >= 0; i -= 1) {
      const cur = sorted[i]!;
      const limit = i === sorted.length - 1 ? bottom : sorted[i + 1]!.labelY - LABEL_GAP;
      if (cur.labelY > limit) cur.labelY = limit;
    }
  }
  for (const item of sorted) item.labelY = r1(Math.max(item.labelY, top));
}

/** One sentence: how the forecast milestone grew over the period, and the forecast month. */
export function trendSummary({ scopeName, series, milestones, forecast, goal }: TrendInput): string {
  const first = series[0];
  const last = series.at(-1);
  const key = forecast?.milestone ?? milestones.at(-1)?.key;
  const m = milestones.find((ms) => ms.key === key);
  if (!first || !last || !m) return `${scopeName}暂无月度数据。`;
  const parts = [
    `${formatMonth(first.month)}至${formatMonth(last.month)}，${scopeName}「${m.label}」的楼栋从${formatCount(first.reached[m.key] ?? 0)}增加到${formatCount(last.reached[m.key] ?? 0)}`,
  ];
  if (goal) {
    const g = last.reached[goal.milestone] ?? 0;
    parts.push(`「${goal.label}」目标${formatCount(goal.target)}，已完成${formatCount(g)}`);
  }
  if (forecast?.month) {
    parts.push(
      `按近${forecast.windowMonths}个月的速度，预计${formatMonth(forecast.month)}全部「${m.label}」`,
    );
  } else if (forecast) {
    parts.push(`近${forecast.windowMonths}个月没有新增，暂无法预计完成时间`);
  }
  return `${parts.join('；')}。`;
}
