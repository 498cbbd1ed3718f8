// Trend marks → SVG nodes. Text takes its size from the page (global.css `.chart-svg`).
import { frame } from '../frame.ts';
import { ACCENT, GRID, MUTED_INK } from '../palette.ts';
import { el, type SvgNode } from '../svg.ts';
import { LABEL_FONT } from '../type.ts';
import type { TrendLayout, TrendLine } from './layout.ts';

/** A white outline behind text drawn over lines. */
const HALO = { stroke: '#ffffff', 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round' };
const SWATCH = 12;

function series(l: TrendLine): SvgNode {
  return el('g', { class: l.strong ? 'chart-series chart-series--strong' : 'chart-series' }, [
    el('path', {
      d: l.d,
      fill: 'none',
      stroke: l.color,
      'stroke-width': l.strong ? 4 : 2,
      'stroke-linejoin': 'round',
    }),
    el('path', {
      d: `M${l.endX},${l.endY}L${l.labelX - 2},${l.labelY}`,
      stroke: GRID,
      'stroke-dasharray': '1 3',
      fill: 'none',
    }),
    el('line', {
      x1: l.labelX,
      x2: l.labelX + SWATCH,
      y1: l.labelY,
      y2: l.labelY,
      stroke: l.color,
      'stroke-width': l.strong ? 5 : 3,
    }),
    el(
      'text',
      {
        x: l.labelX + SWATCH + 4,
        y: l.labelY,
        dy: '0.35em',
        fill: l.labelColor,
        'font-weight': l.strong ? 'bold' : undefined,
      },
      [l.label],
    ),
  ]);
}

/** Grid, goal line, one line per milestone with a direct label (headline ones on top), and the forecast. */
export function trendScene(layout: TrendLayout, id: string, title: string): SvgNode {
  const { plot } = layout;
  const grid = layout.yTicks.map((t) =>
    el('g', { class: 'chart-tick' }, [
      el('line', { x1: plot.left, x2: plot.right, y1: t.pos, y2: t.pos, stroke: GRID }),
      el('text', { x: plot.left - 6, y: t.pos, dy: '0.35em', 'text-anchor': 'end', fill: MUTED_INK }, [
        t.text,
      ]),
    ]),
  );
  const xTicks = layout.xTicks.map((t) =>
    el('text', { x: t.pos, y: plot.bottom + LABEL_FONT + 4, 'text-anchor': t.anchor, fill: MUTED_INK }, [
      t.text,
    ]),
  );
  const goal = layout.goal
    ? [
        el('line', {
          x1: plot.left,
          x2: plot.right,
          y1: layout.goal.y,
          y2: layout.goal.y,
          stroke: ACCENT,
          'stroke-width': 2,
          'stroke-dasharray': '2 4',
        }),
        el('text', { x: plot.left + 4, y: layout.goal.y - 6, fill: ACCENT, ...HALO }, [layout.goal.text]),
      ]
    : [];
  // Receding lines first, so the headline ones are drawn over them.
  const lines = [...layout.lines.filter((l) => !l.strong), ...layout.lines.filter((l) => l.strong)].map(
    series,
  );
  const fc = layout.forecast;
  const labelX = layout.lines[0]?.labelX ?? plot.right + 6;
  const forecast = fc
    ? [
        el('path', {
          d: fc.d,
          fill: 'none',
          stroke: fc.color,
          'stroke-width': 2.5,
          'stroke-dasharray': '6 4',
        }),
        el('circle', { cx: fc.x, cy: fc.y, r: 4, fill: fc.color }),
        el('path', {
          d: `M${fc.x},${fc.y}L${labelX - 2},${fc.labelY}`,
          stroke: fc.color,
          'stroke-dasharray': '1 3',
          fill: 'none',
        }),
        el('text', { x: labelX, y: fc.labelY, dy: '0.35em', fill: fc.color, 'font-weight': 'bold' }, [
          fc.text,
        ]),
      ]
    : [];
  return frame({ id, width: layout.width, height: layout.height, title, summary: layout.summary }, [
    ...grid,
    ...xTicks,
    ...goal,
    ...lines,
    ...forecast,
  ]);
}
