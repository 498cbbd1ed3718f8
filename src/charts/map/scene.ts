// Map marks → SVG nodes.
import { frame } from '../frame.ts';
import { el, type SvgNode } from '../svg.ts';
import type { MapLayout } from './layout.ts';

/** Dots (each with a hover title) under community name labels with a white halo. */
export function mapScene(layout: MapLayout, id: string, title: string): SvgNode {
  // One group per style keeps 300 dots small enough for the page budget.
  const groups = new Map<string, SvgNode>();
  for (const p of layout.points) {
    const key = `${p.fill} ${p.stroke}`;
    const g = groups.get(key) ?? el('g', { fill: p.fill, stroke: p.stroke, 'stroke-width': 1.5 });
    groups.set(key, g);
    g.children.push(el('circle', { cx: p.x, cy: p.y, r: p.r }, [el('title', {}, [p.title])]));
  }
  const dots = [...groups.values()];
  const labels = layout.labels.map((l) =>
    el(
      'text',
      {
        x: l.x,
        y: l.y,
        'text-anchor': 'middle',
        'font-weight': 'bold',
        stroke: '#fff',
        'stroke-width': 4,
        'paint-order': 'stroke',
      },
      [l.text],
    ),
  );
  return frame({ id, width: layout.width, height: layout.height, title, summary: layout.summary }, [
    el('rect', { x: 0, y: 0, width: layout.width, height: layout.height, fill: '#f7f7f4' }),
    el('g', { class: 'chart-dots' }, dots),
    el('g', { class: 'chart-labels' }, labels),
  ]);
}
