// Milestone funnel: eligible buildings, then how many reached each milestone, as labelled bars.
import { scaleLinear } from 'd3';
import { formatCount, formatPercent } from '../../format/index.ts';
import { ELIGIBLE_FILL, milestoneColor, TRACK } from '../palette.ts';
import { r1 } from '../svg.ts';
import { CHART_WIDTH, LABEL_FONT, LINE, type ChartText, type ChartWords } from '../type.ts';

export interface FunnelInput {
  eligible: number;
  /** Milestone key → buildings that reached it. */
  reached: Record<string, number>;
  /** Milestones in report order. */
  milestones: readonly { key: string; label: string; color?: string }[];
  /** Name of the scope for the summary, e.g. 西村街. */
  scopeName: string;
  words: ChartWords;
  text: ChartText;
}

export interface FunnelRow {
  key: string;
  label: string;
  value: number;
  /** `137栋 · 90%` */
  valueText: string;
  /** Baseline of the label line. */
  textY: number;
  barY: number;
  barWidth: number;
  fill: string;
}

export interface FunnelLayout {
  width: number;
  height: number;
  barHeight: number;
  trackWidth: number;
  trackFill: string;
  rows: FunnelRow[];
  summary: string;
}

const BAR = 22;
const LABEL_GAP = 6;
const ROW = LINE + LABEL_GAP + BAR + 12;

/** Places one labelled bar per step; bar length is proportional to buildings. */
export function layoutFunnel(input: FunnelInput, width = CHART_WIDTH): FunnelLayout {
  const { eligible, reached, milestones } = input;
  const max = Math.max(eligible, ...milestones.map((m) => reached[m.key] ?? 0), 1);
  const x = scaleLinear().domain([0, max]).range([0, width]);
  const share = (n: number): string => (eligible > 0 ? ` · ${formatPercent(n / eligible, 0)}` : '');
  const steps = [
    { key: 'eligible', label: input.text.eligible, value: eligible, fill: ELIGIBLE_FILL },
    ...milestones.map((m, i) => ({
      key: m.key,
      label: m.label,
      value: reached[m.key] ?? 0,
      fill: milestoneColor(milestones, i),
    })),
  ];
  const rows = steps.map((s, i): FunnelRow => {
    const top = i * ROW;
    return {
      key: s.key,
      label: s.label,
      value: s.value,
      valueText:
        s.key === 'eligible'
          ? formatCount(s.value, input.words.counter)
          : `${formatCount(s.value, input.words.counter)}${share(s.value)}`,
      textY: r1(top + LABEL_FONT),
      barY: r1(top + LINE + LABEL_GAP),
      barWidth: r1(x(s.value)),
      fill: s.fill,
    };
  });
  return {
    width,
    height: steps.length * ROW - (ROW - (LINE + LABEL_GAP + BAR)),
    barHeight: BAR,
    trackWidth: width,
    trackFill: TRACK,
    rows,
    summary: funnelSummary(input),
  };
}

/** One sentence: the first milestone and the last two, with shares of eligible buildings. */
export function funnelSummary({
  eligible,
  reached,
  milestones,
  scopeName,
  words,
  text,
}: FunnelInput): string {
  const count = (n: number): string => formatCount(n, words.counter);
  if (milestones.length === 0) return text.funnelOnlyEligible(scopeName, words.noun, count(eligible));
  const picks = [...new Set([milestones[0], ...milestones.slice(-2)])].filter((m) => m !== undefined);
  const parts = picks.map((m) => {
    const n = reached[m.key] ?? 0;
    const pct = eligible > 0 ? text.funnelShare(formatPercent(n / eligible, 0)) : '';
    return text.funnelPart(count(n), pct, m.label);
  });
  return text.funnelSummary(scopeName, count(eligible), words.item, parts.join(text.listSeparator));
}
