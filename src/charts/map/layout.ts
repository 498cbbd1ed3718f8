// Schematic street map: buildings placed by lat/lng with an equirectangular projection, no tiles.
import { geoEquirectangular, mean } from 'd3';
import { formatCount } from '../../format/index.ts';
import { NONE_FILL } from '../palette.ts';
import { stageStyles, textWidth } from '../stages.ts';
import { r1 } from '../svg.ts';
import { CHART_WIDTH, LABEL_FONT, type ChartText, type ChartWords } from '../type.ts';

export interface MapBuilding {
  id: string;
  address: string;
  communityId: string;
  eligible: boolean;
  stage: string;
  lat?: number | undefined;
  lng?: number | undefined;
}

export interface MapInput {
  scopeName: string;
  words: ChartWords;
  text: ChartText;
  buildings: readonly MapBuilding[];
  communities: readonly { id: string; name: string }[];
  milestones: readonly { key: string; label: string }[];
}

export interface MapPoint {
  id: string;
  x: number;
  y: number;
  r: number;
  fill: string;
  stroke: string;
  title: string;
}

export interface MapLabel {
  text: string;
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  points: MapPoint[];
  labels: MapLabel[];
  /** Ids of buildings without coordinates (listed in the table only). */
  unplaced: string[];
  summary: string;
}

const PAD = 24;
const LABEL_SIZE = LABEL_FONT;

/** Projects placed buildings to fit the width, keeping north up and the real aspect ratio. */
export function layoutMap(input: MapInput, width = CHART_WIDTH): MapLayout {
  const styles = new Map(stageStyles(input.milestones, input.text).map((s) => [s.key, s]));
  const placed = input.buildings.filter(
    (b): b is MapBuilding & { lat: number; lng: number } => b.lat !== undefined && b.lng !== undefined,
  );
  const unplaced = input.buildings.filter((b) => b.lat === undefined || b.lng === undefined).map((b) => b.id);
  if (placed.length === 0) {
    return { width, height: 0, points: [], labels: [], unplaced, summary: mapSummary(input, 0) };
  }
  const projection = geoEquirectangular();
  const coordinates = placed.map((b) => [b.lng, b.lat] as [number, number]);
  const single = coordinates.length === 1;
  projection.fitWidth(width - 2 * PAD, { type: 'MultiPoint', coordinates });
  const xy = coordinates.map((c): [number, number] => projection(c) ?? [0, 0]);
  const ys = xy.map((p) => p[1]);
  const minY = single ? 0 : Math.min(...ys);
  const spanY = single ? 0 : Math.max(...ys) - minY;
  const height = Math.max(160, Math.round(spanY + 2 * PAD + LABEL_SIZE));
  const offsetY = PAD + LABEL_SIZE - minY;
  const pos = (p: [number, number]): [number, number] =>
    single ? [width / 2, height / 2] : [r1(p[0] + PAD), r1(p[1] + offsetY)];

  const points = placed.map((b, i): MapPoint => {
    const [x, y] = pos(xy[i] ?? [0, 0]);
    const style = styles.get(b.stage);
    return {
      id: b.id,
      x,
      y,
      r: b.eligible ? 6 : 4,
      fill: b.eligible ? (style?.fill ?? NONE_FILL) : '#ffffff',
      stroke: b.eligible ? '#ffffff' : '#6b6b6b',
      title: `${b.address}：${b.eligible ? (style?.label ?? b.stage) : input.words.ineligible}`,
    };
  });

  const labels: MapLabel[] = [];
  for (const c of input.communities) {
    const mine = points.filter((_, i) => placed[i]?.communityId === c.id);
    if (mine.length === 0) continue;
    const x = mean(mine, (p) => p.x) ?? 0;
    const y = (Math.min(...mine.map((p) => p.y)) ?? 0) - 10;
    labels.push(placeLabel(c.name, x, y, labels, width));
  }
  // A label pushed down past the dots still fits inside the frame.
  const bottom = Math.max(height, Math.ceil(Math.max(...labels.map((l) => l.y)) + LABEL_SIZE * 0.3 + 4));
  return { width, height: bottom, points, labels, unplaced, summary: mapSummary(input, placed.length) };
}

/** Keeps a label inside the frame and moves it down until it clears earlier labels. */
function placeLabel(text: string, cx: number, y0: number, placed: MapLabel[], width: number): MapLabel {
  const w = textWidth(text, LABEL_SIZE);
  const x = r1(Math.min(Math.max(cx, w / 2 + 2), width - w / 2 - 2));
  let y = Math.max(y0, LABEL_SIZE);
  const clash = (yy: number): boolean =>
    placed.some(
      (l) =>
        Math.abs(l.y - yy) < LABEL_SIZE + 2 &&
        Math.abs(l.x - x) < (w + textWidth(l.text, LABEL_SIZE)) / 2 + 4,
    );
  while (clash(y)) y += LABEL_SIZE + 2;
  return { text, x, y: r1(y) };
}

/** One sentence: how many buildings are on the map and how many only in the table. */
export function mapSummary(input: MapInput, placedCount: number): string {
  const missing = input.buildings.length - placedCount;
  const { counter, item } = input.words;
  const tail = missing > 0 ? input.text.mapUnplaced(formatCount(missing, counter)) : '';
  return input.text.mapSummary(input.scopeName, formatCount(placedCount, counter), item, tail);
}
