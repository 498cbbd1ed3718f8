// The outer <svg> every chart shares: a viewBox that scales to the column, and an accessible name.
import { INK } from './palette.ts';
import { el, type SvgNode } from './svg.ts';

export interface FrameOptions {
  /** Unique on the page; used for the title/desc ids. */
  id: string;
  width: number;
  height: number;
  title: string;
  /** One-sentence text summary computed from the data. */
  summary: string;
}

/** Wraps chart marks in an `<svg role="img">` named by its title and described by its summary. */
export function frame({ id, width, height, title, summary }: FrameOptions, marks: SvgNode[]): SvgNode {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-size': 15,
      fill: INK,
      class: 'chart-svg',
    },
    [el('title', { id: `${id}-title` }, [title]), el('desc', { id: `${id}-desc` }, [summary]), ...marks],
  );
}
