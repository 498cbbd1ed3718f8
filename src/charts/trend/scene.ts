// Trend marks → SVG nodes.
import { frame } from '../frame.ts';
import { ACCENT, GRID, MUTED_INK } from '../palette.ts';
import { el, type SvgNode } from '../svg.ts';
import type { TrendLayout } from './layout.ts';

/** A white outline behind text drawn over lines. */
const HALO = { stroke: '#ffffff', 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round' };

/** Grid, goal line, one line per milestone with a direct label, and the dashed forecast. */
export function trendScene(layout: TrendLayout, id: string, title: string): SvgNode {
  const { plot } = layout;
  const grid = layout.yTicks.map((t) =>
    el('g', { class: 'tick' }, [
      el('line', { x1: plot.left, x2: plot.right, y1: t.pos, y2: t.pos, stroke: GRID }),
      el(
        'text',
        { x: plot.left - 6, y: t.pos, dy: '0.35em', 'text-anchor': 'end', fill: MUTED_INK, 'font-size': 14 },
        [t.text],
      ),
    ]),
  );
  const xTicks = layout.xTicks.map((t) =>
    el('text', { x: t.pos, y: plot.bottom + 24, 'text-anchor': t.anchor, fill: MUTED_INK, 'font-size': 14 }, [
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
        el('text', { x: plot.left + 4, y: layout.goal.y - 6, fill: ACCENT, 'font-size': 14, ...HALO }, [
          layout.goal.text,
        ]),
      ]
    : [];
  const lines = layout.lines.map((l) =>
    el('g', { class: 'series' }, [
      el('path', { d: l.d, fill: 'none', stroke: l.color, 'stroke-width': 3, 'stroke-linejoin': 'round' }),
      el('path', {
        d: `M${l.endX},${l.endY}L${l.labelX - 2},${l.labelY}`,
        stroke: GRID,
        'stroke-dasharray': '1 3',
        fill: 'none',
      }),
      el('line', {
        x1: l.labelX,
        x2: l.labelX + 12,
        y1: l.labelY,
        y2: l.labelY,
        stroke: l.color,
        'stroke-width': 4,
      }),
      el('text', { x: l.labelX + 16, y: l.labelY, dy: '0.35em', 'font-size': 14 }, [l.label]),
    ]),
  );
  const fc = layout.forecast;
  const forecast = fc
    ? [
        el('path', { d: fc.d, fill: 'none', stroke: fc.color, 'stroke-width': 2, 'stroke-dasharray': '6 4' }),
        el('circle', { cx: fc.x, cy: fc.y, r: 4, fill: fc.color }),
        el(
          'text',
          { x: fc.x, y: fc.y + 22, 'text-anchor': 'end', fill: fc.color, 'font-size': 14, ...HALO },
          [fc.text],
        ),
      ]
    : [];
  return frame({ id, width: layout.width, height: layout.height, title, summary: layout.summary }, [
    ...grid,
    ...xTicks,
    ...lines,
    ...goal,
    ...forecast,
  ]);
}
