// Communities compared: one stacked bar per community, split by current stage.
import { scaleLinear } from 'd3';
import { formatCount, formatPercent } from '../../format/index.ts';
import { stageStyles, textWidth } from '../stages.ts';
import { r1 } from '../svg.ts';
import { CHART_WIDTH, LABEL_FONT, LINE, type ChartText, type ChartWords } from '../type.ts';

export interface CommunitiesInput {
  scopeName: string;
  words: ChartWords;
  text: ChartText;
  communities: readonly { id: string; name: string; stages: Record<string, number> }[];
  milestones: readonly { key: string; label: string }[];
  /** Milestone named in the per-community caption and the summary, e.g. in_service. */
  highlight: string;
}

export interface Segment {
  stage: string;
  x: number;
  width: number;
  fill: string;
  textFill: string;
  /** Count printed inside the segment, empty when it does not fit. */
  text: string;
  /** Hover text: stage and count. */
  title: string;
}

export interface CommunityBar {
  id: string;
  name: string;
  caption: string;
  textY: number;
  barY: number;
  segments: Segment[];
}

export interface LegendItem {
  label: string;
  fill: string;
  x: number;
  y: number;
}

export interface CommunitiesLayout {
  width: number;
  height: number;
  barHeight: number;
  legend: LegendItem[];
  bars: CommunityBar[];
  summary: string;
}

const BAR = LABEL_FONT + 9;
/** Name line, bar, and a gap before the next community. */
const ROW = LINE + 4 + BAR + 14;
const LEGEND_ROW = LINE + 4;
const SWATCH = 14;

/** Lays out the legend (wrapped) and one bar per community on a shared count scale. */
export function layoutCommunities(input: CommunitiesInput, width = CHART_WIDTH): CommunitiesLayout {
  const styles = stageStyles(input.milestones, input.text);
  const legend = layoutLegend(styles, width);
  const top = (legend.at(-1)?.y ?? 0) + LEGEND_ROW - 4;
  const totals = input.communities.map((c) => styles.reduce((s, st) => s + (c.stages[st.key] ?? 0), 0));
  const x = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .range([0, width]);
  const highlightIndex = styles.findIndex((s) => s.key === input.highlight);
  const bars = input.communities.map((c, i): CommunityBar => {
    let acc = 0;
    const segments: Segment[] = [];
    for (const st of styles) {
      const n = c.stages[st.key] ?? 0;
      if (n === 0) continue;
      const x0 = r1(x(acc));
      acc += n;
      const w = r1(x(acc) - x0);
      segments.push({
        stage: st.key,
        x: x0,
        width: w,
        fill: st.fill,
        textFill: st.textFill,
        text: textWidth(String(n), LABEL_FONT) + 6 <= w ? String(n) : '',
        title: input.text.segmentTitle(st.label, formatCount(n, input.words.counter)),
      });
    }
    const total = totals[i] ?? 0;
    const atOrBeyond = styles
      .slice(Math.max(highlightIndex, 0))
      .reduce((s, st) => s + (c.stages[st.key] ?? 0), 0);
    const rowTop = top + i * ROW;
    return {
      id: c.id,
      name: c.name,
      caption: input.text.communityCaption(
        formatCount(total, input.words.counter),
        input.milestones.find((m) => m.key === input.highlight)?.label ?? '',
        formatCount(atOrBeyond, input.words.counter),
      ),
      textY: r1(rowTop + LABEL_FONT),
      barY: r1(rowTop + LINE + 4),
      segments,
    };
  });
  const height = top + input.communities.length * ROW;
  return { width, height, barHeight: BAR, legend, bars, summary: communitiesSummary(input, styles) };
}

function layoutLegend(styles: { label: string; fill: string }[], width: number): LegendItem[] {
  const items: LegendItem[] = [];
  let x = 0;
  let y = LABEL_FONT;
  for (const s of styles) {
    const w = SWATCH + 6 + textWidth(s.label, LABEL_FONT) + 16;
    if (x > 0 && x + w - 16 > width) {
      x = 0;
      y += LEGEND_ROW;
    }
    items.push({ label: s.label, fill: s.fill, x: r1(x), y });
    x += w;
  }
  return items;
}

/** One sentence naming the community furthest along and the one with most buildings not started. */
export function communitiesSummary(
  input: CommunitiesInput,
  styles = stageStyles(input.milestones, input.text),
): string {
  const idx = Math.max(
    0,
    styles.findIndex((s) => s.key === input.highlight),
  );
  const label = styles[idx]?.label ?? '';
  const shares = input.communities.map((c) => {
    const total = styles.reduce((s, st) => s + (c.stages[st.key] ?? 0), 0);
    const done = styles.slice(idx).reduce((s, st) => s + (c.stages[st.key] ?? 0), 0);
    return { name: c.name, done, ratio: total > 0 ? done / total : 0 };
  });
  const best = [...shares].sort((a, b) => b.ratio - a.ratio || b.done - a.done)[0];
  if (!best) return input.text.noCommunities(input.scopeName);
  return input.text.communitiesSummary(
    input.scopeName,
    input.communities.length,
    label,
    best.name,
    formatCount(best.done, input.words.counter),
    formatPercent(best.ratio, 0),
  );
}
