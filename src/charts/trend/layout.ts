// Cumulative buildings per milestone by month, with the goal line and the forecast as a dashed line.
import { line, max, scaleLinear } from 'd3';
import { addMonths, monthsBetween } from '../../stats/months.ts';
import type { Month } from '../../data/types.ts';
import { formatCount, formatMonth } from '../../format/index.ts';
import { ACCENT, INK, MUTED_INK, RECEDE, milestoneColor } from '../palette.ts';
import { textWidth } from '../stages.ts';
import { r1 } from '../svg.ts';
import { CHART_WIDTH, LABEL_FONT, LINE, type ChartText, type ChartWords } from '../type.ts';

export interface TrendInput {
  scopeName: string;
  words: ChartWords;
  text: ChartText;
  /** One point per snapshot month, ascending. */
  series: readonly { month: Month; eligible: number; reached: Record<string, number> }[];
  milestones: readonly { key: string; label: string; color?: string }[];
  /** A buildings goal drawn as a horizontal line, e.g. 百梯: 100 permits. */
  goal?: { label: string; milestone: string; target: number } | undefined;
  /** When all eligible buildings reach `milestone` at the trailing pace. */
  forecast?: { milestone: string; month: Month | undefined; windowMonths: number } | undefined;
  /** Headline milestones drawn strong and coloured (e.g. permit and in_service); the rest recede. */
  highlight?: readonly string[] | undefined;
}

export interface TrendLine {
  key: string;
  label: string;
  color: string;
  /** Label colour: dark for headline series, muted for the rest. */
  labelColor: string;
  /** A headline series: drawn thick and on top. */
  strong: boolean;
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
  /** The projected line, ending where the chart ends; `value` is what it reaches there, the label says so. */
  forecast?:
    | {
        d: string;
        x: number;
        y: number;
        value: number;
        month: Month;
        text: string;
        labelY: number;
        color: string;
      }
    | undefined;
  summary: string;
}

/** Label column: swatch, gap, then text. */
const SWATCH = 12;
const LABEL_GAP = LINE;
/** The forecast may add at most this share of the history's length, so history keeps its width. */
const MAX_FORECAST_SHARE = 0.45;
const MIN_FORECAST_MONTHS = 3;

/** Lays out the lines, axes, goal and forecast on a month-index x axis. */
export function layoutTrend(input: TrendInput, width = CHART_WIDTH, height = 340): TrendLayout {
  const { series, milestones, goal, forecast } = input;
  const first = series[0]?.month;
  const lastPoint = series.at(-1);
  const yMax = Math.max(
    lastPoint?.eligible ?? 0,
    goal?.target ?? 0,
    max(series, (f) => max(Object.values(f.reached))) ?? 0,
    1,
  );
  // The widest y tick is the top of the nice domain, e.g. 10 for 9 buildings.
  const yMaxText = String(scaleLinear().domain([0, yMax]).nice(4).domain()[1] ?? yMax);
  const labelWidth = Math.max(
    ...milestones.map((m) => textWidth(m.label, LABEL_FONT)),
    forecast ? textWidth(input.text.forecast(`${yMaxText}${input.words.counter}`), LABEL_FONT) : 0,
  );
  const plot = {
    left: r1(textWidth(yMaxText, LABEL_FONT) + 12),
    right: r1(width - labelWidth - SWATCH - 10),
    top: LINE + 8,
    bottom: height - LINE - 8,
  };
  if (first === undefined || lastPoint === undefined) {
    return {
      width,
      height,
      plot,
      lines: [],
      yTicks: [],
      xTicks: [],
      summary: input.text.noMonths(input.scopeName),
    };
  }
  const lastIndex = monthsBetween(first, lastPoint.month);
  const fcIndex = forecast?.month !== undefined ? monthsBetween(first, forecast.month) : undefined;
  const maxExtension = Math.max(MIN_FORECAST_MONTHS, Math.round(lastIndex * MAX_FORECAST_SHARE));
  const endIndex = Math.max(lastIndex, Math.min(fcIndex ?? lastIndex, lastIndex + maxExtension), 1);
  const x = scaleLinear().domain([0, endIndex]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, yMax]).range([plot.bottom, plot.top]).nice(4);
  const pathOf = line<{ i: number; v: number }>(
    (p) => x(p.i),
    (p) => y(p.v),
  ).digits(1);

  const highlight = input.highlight ?? milestones.map((m) => m.key);
  const lines = milestones.map((m, idx): TrendLine => {
    const pts = series.map((f) => ({ i: monthsBetween(first, f.month), v: f.reached[m.key] ?? 0 }));
    const last = pts.at(-1)?.v ?? 0;
    const strong = highlight.includes(m.key);
    return {
      key: m.key,
      label: m.label,
      color: strong ? milestoneColor(milestones, idx) : RECEDE,
      labelColor: strong ? INK : MUTED_INK,
      strong,
      d: pathOf(pts) ?? '',
      last,
      endX: r1(x(lastIndex)),
      endY: r1(y(last)),
      labelX: r1(plot.right + 6),
      labelY: r1(y(last)),
    };
  });
  const goalLayout = goal
    ? {
        y: r1(y(goal.target)),
        text: input.text.goalLine(goal.label, formatCount(goal.target, input.words.counter)),
      }
    : undefined;
  const forecastLayout = layoutForecast(input, lines, x, y, lastIndex, endIndex, fcIndex);
  // The forecast's label joins the column of line labels, so they are spread apart together.
  const labelled: { labelY: number }[] = [...lines];
  const fcLabel = forecastLayout ? { labelY: forecastLayout.y } : undefined;
  if (fcLabel) labelled.push(fcLabel);
  spreadLabels(labelled, plot.top, plot.bottom);
  if (forecastLayout && fcLabel) forecastLayout.labelY = fcLabel.labelY;

  const yTicks = y.ticks(4).map((v) => ({ value: v, pos: r1(y(v)), text: String(v) }));
  const xTicks = monthTicks(first, endIndex, x, input.text.year, forecastLayout !== undefined, width);
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
  // Clip a far forecast at the chart edge, at the value the straight line reaches there; the label states
  // that value (a whole number of buildings, where the line is drawn to), never the month it would end.
  const t = Math.min(1, (endIndex - lastIndex) / (fcIndex - lastIndex));
  const value = Math.round(from.last + (target - from.last) * t);
  const x0 = r1(x(lastIndex));
  const y0 = r1(y(from.last));
  const x1 = r1(x(endIndex));
  const y1 = r1(y(value));
  return {
    d: `M${x0},${y0}L${x1},${y1}`,
    x: x1,
    y: y1,
    value,
    month: addMonths(series[0]?.month ?? forecast.month, endIndex),
    text: input.text.forecast(formatCount(value, input.words.counter)),
    labelY: y1,
    color: ACCENT,
  };
}

/**
 * The first month, then each January as `2025年`, dropping labels that would touch the previous one. With
 * a forecast the last month is labelled too (right-aligned), so the reader sees where the dashed line ends.
 */
export function monthTicks(
  first: Month,
  endIndex: number,
  x: (i: number) => number,
  year: ChartText['year'],
  labelEnd = false,
  width = Infinity,
): TrendLayout['xTicks'] {
  const ticks: TrendLayout['xTicks'] = [
    { value: 0, pos: r1(x(0)), text: formatMonth(first), anchor: 'start' },
  ];
  // The end month sits under the forecast's end, centred, or right-aligned at the chart's edge.
  const endText = formatMonth(addMonths(first, endIndex));
  const endWidth = textWidth(endText, LABEL_FONT);
  const endCentred = x(endIndex) + endWidth / 2 <= width;
  const endLeft = !labelEnd ? Infinity : endCentred ? x(endIndex) - endWidth / 2 : width - endWidth;
  let rightEdge = x(0) + textWidth(formatMonth(first), LABEL_FONT);
  for (let i = 1; i <= endIndex; i += 1) {
    const month = addMonths(first, i);
    if (!month.endsWith('-01')) continue;
    const label = year(month.slice(0, 4));
    const half = textWidth(label, LABEL_FONT) / 2;
    if (x(i) - half < rightEdge + 8 || x(i) + half > endLeft - 8) continue;
    ticks.push({ value: i, pos: r1(x(i)), text: label, anchor: 'middle' });
    rightEdge = x(i) + half;
  }
  if (labelEnd && endIndex > 0 && endLeft > rightEdge + 8) {
    ticks.push({
      value: endIndex,
      pos: r1(endCentred ? x(endIndex) : width),
      text: endText,
      anchor: endCentred ? 'middle' : 'end',
    });
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
export function trendSummary({
  scopeName,
  series,
  milestones,
  forecast,
  goal,
  words,
  text,
}: TrendInput): string {
  const count = (n: number): string => formatCount(n, words.counter);
  const first = series[0];
  const last = series.at(-1);
  const key = forecast?.milestone ?? milestones.at(-1)?.key;
  const m = milestones.find((ms) => ms.key === key);
  if (!first || !last || !m) return text.noMonths(scopeName);
  const parts = [
    text.trendGrew(
      formatMonth(first.month),
      formatMonth(last.month),
      scopeName,
      m.label,
      words.noun,
      count(first.reached[m.key] ?? 0),
      count(last.reached[m.key] ?? 0),
    ),
  ];
  if (goal) {
    const g = last.reached[goal.milestone] ?? 0;
    parts.push(text.trendGoal(goal.label, count(goal.target), count(g)));
  }
  if (forecast?.month) {
    parts.push(text.trendForecast(forecast.windowMonths, formatMonth(forecast.month), m.label));
  } else if (forecast) {
    parts.push(text.trendNoForecast(forecast.windowMonths));
  }
  return `${parts.join(text.clauseSeparator)}${text.sentenceEnd}`;
}
