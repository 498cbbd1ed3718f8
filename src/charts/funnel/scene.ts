// Funnel marks → SVG nodes.
import { frame } from '../frame.ts';
import { el, type SvgNode } from '../svg.ts';
import type { FunnelLayout } from './layout.ts';

/** The funnel as an SVG tree: label and value above each bar, bar on a light track. */
export function funnelScene(layout: FunnelLayout, id: string, title: string): SvgNode {
  const marks = layout.rows.map((row) =>
    el('g', { class: 'chart-funnel-row' }, [
      el('text', { x: 0, y: row.textY }, [row.label]),
      el('text', { x: layout.width, y: row.textY, 'text-anchor': 'end', 'font-weight': 'bold' }, [
        row.valueText,
      ]),
      el('rect', {
        x: 0,
        y: row.barY,
        width: layout.trackWidth,
        height: layout.barHeight,
        fill: layout.trackFill,
      }),
      el('rect', { x: 0, y: row.barY, width: row.barWidth, height: layout.barHeight, fill: row.fill }),
    ]),
  );
  return frame({ id, width: layout.width, height: layout.height, title, summary: layout.summary }, marks);
}
