// Communities marks → SVG nodes.
import { frame } from '../frame.ts';
import { el, r1, type SvgNode } from '../svg.ts';
import type { CommunitiesLayout } from './layout.ts';

/** Legend, then per community: name, caption, and the stacked bar with counts inside. */
export function communitiesScene(layout: CommunitiesLayout, id: string, title: string): SvgNode {
  const legend = el(
    'g',
    { class: 'chart-legend' },
    layout.legend.map((item) =>
      el('g', {}, [
        el('rect', { x: item.x, y: item.y - 14, width: 14, height: 14, fill: item.fill, stroke: '#666' }),
        el('text', { x: item.x + 20, y: item.y }, [item.label]),
      ]),
    ),
  );
  const bars = layout.bars.map((bar) =>
    el('g', { class: 'chart-community' }, [
      el('text', { x: 0, y: bar.textY, 'font-weight': 'bold' }, [bar.name]),
      el('text', { x: layout.width, y: bar.textY, 'text-anchor': 'end' }, [bar.caption]),
      ...bar.segments.map((s) =>
        el('g', {}, [
          el(
            'rect',
            { x: s.x, y: bar.barY, width: s.width, height: layout.barHeight, fill: s.fill, stroke: '#fff' },
            [el('title', {}, [s.title])],
          ),
          ...(s.text
            ? [
                el(
                  'text',
                  {
                    x: r1(s.x + s.width / 2),
                    y: r1(bar.barY + layout.barHeight / 2),
                    dy: '0.35em',
                    'text-anchor': 'middle',
                    fill: s.textFill,
                  },
                  [s.text],
                ),
              ]
            : []),
        ]),
      ),
    ]),
  );
  return frame({ id, width: layout.width, height: layout.height, title, summary: layout.summary }, [
    legend,
    ...bars,
  ]);
}
