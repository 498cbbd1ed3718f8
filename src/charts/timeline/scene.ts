// Timeline marks → SVG nodes.
import { frame } from '../frame.ts';
import { MUTED_INK } from '../palette.ts';
import { el, r1, type SvgNode } from '../svg.ts';
import { LINE } from '../type.ts';
import type { TimelineLayout } from './layout.ts';

/** Axis, then per milestone a dot (filled when reached, hollow when pending) with date and label. */
export function timelineScene(layout: TimelineLayout, id: string, title: string): SvgNode {
  const x = layout.axisX;
  const axis = [
    ...(layout.solid
      ? [
          el('line', {
            x1: x,
            x2: x,
            y1: layout.solid.y1,
            y2: layout.solid.y2,
            stroke: '#333',
            'stroke-width': 3,
          }),
        ]
      : []),
    ...(layout.dashed
      ? [
          el('line', {
            x1: x,
            x2: x,
            y1: layout.dashed.y1,
            y2: layout.dashed.y2,
            stroke: '#767676',
            'stroke-width': 2,
            'stroke-dasharray': '4 4',
          }),
        ]
      : []),
  ];
  const entries = layout.entries.map((e) =>
    el('g', { class: e.reached ? 'chart-reached' : 'chart-pending' }, [
      el('circle', {
        cx: x,
        cy: e.y,
        r: e.reached ? 9 : 7,
        fill: e.fill,
        stroke: e.reached ? '#333' : '#767676',
        'stroke-width': 2,
      }),
      el('text', { x: x + 22, y: e.y - 4, 'font-weight': e.reached ? 'bold' : undefined }, [e.label]),
      el('text', { x: x + 22, y: r1(e.y + LINE - 2), fill: MUTED_INK }, [e.dateText]),
    ]),
  );
  return frame({ id, width: layout.width, height: layout.height, title, summary: layout.summary }, [
    ...axis,
    ...entries,
  ]);
}
