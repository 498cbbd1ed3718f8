// Building blocks shared by the poster templates. Every text goes through `fitText`, so nothing overflows.
import { fitText, type TextBox } from '../fit.ts';
import { FONT_FAMILY } from '../font.ts';
import { qrElement } from '../qr.ts';
import { box, line, type PosterElement, type PosterStyle } from '../tree.ts';
import type { Figure, ProgressBar } from '../types.ts';
import type { Theme } from './theme.ts';

/** The root element: fills the canvas, border-box so padding never pushes content out. */
export function page(theme: Theme, style: PosterStyle, ...children: PosterElement[]): PosterElement {
  return box(
    {
      width: '100%',
      height: '100%',
      flexDirection: 'column',
      boxSizing: 'border-box',
      backgroundColor: theme.paper,
      color: theme.ink,
      fontFamily: FONT_FAMILY,
      ...style,
    },
    ...children,
  );
}

/**
 * The header band: a solid block in the accent on screens, white over a rule on paper (saves toner).
 * `padding` is top, sides and bottom in px at the poster's scale.
 */
export function headerBand(
  theme: Theme,
  layout: { gap: number; padding: [top: number, sides: number, bottom: number]; style?: PosterStyle },
  ...children: PosterElement[]
): PosterElement {
  const s = theme.scale;
  const [top, sides, bottom] = layout.padding;
  return box(
    {
      flexDirection: 'column',
      gap: layout.gap,
      padding: `${top}px ${sides}px ${bottom}px`,
      backgroundColor: theme.headerBg,
      color: theme.headerInk,
      ...(theme.headerRule ? { borderBottom: `${6 * s}px solid ${theme.headerRule}` } : {}),
      flexShrink: 0,
      ...layout.style,
    },
    ...children,
  );
}

/** Marks the element holding one fitted text, so layout tests can find it among satori's nodes. */
export const TEXT_ATTRIBUTE = 'data-fit';

/**
 * A text fitted into `textBox`, one non-wrapping `div` per line. Lines shrink to their content
 * (`align`), so a line's laid-out width is the real text width: tests compare it with the box.
 */
export function text(
  value: string,
  textBox: TextBox,
  style: PosterStyle = {},
  lineHeight = 1.25,
  align: 'flex-start' | 'flex-end' = 'flex-start',
): PosterElement {
  const fitted = fitText(value, textBox);
  const wrapper = box(
    { flexDirection: 'column', flexShrink: 0, width: textBox.width, alignItems: align },
    ...fitted.lines.map((l) => line({ fontSize: fitted.fontSize, lineHeight, ...style }, l)),
  );
  wrapper.props[TEXT_ATTRIBUTE] = value;
  return wrapper;
}

/** Yellow band saying the figures (or, with its own `label`, the story) are invented, when they are. */
export function sampleBadge(
  theme: Theme,
  width: number,
  illustrative: boolean,
  label: string,
): PosterElement[] {
  if (!illustrative) return [];
  const s = theme.scale;
  return [
    box(
      {
        backgroundColor: theme.warning,
        color: theme.onWarning,
        padding: `${8 * s}px ${20 * s}px`,
        borderRadius: 8 * s,
        flexShrink: 0,
      },
      text(
        label,
        { width: width - 40 * s, maxLines: 1, maxSize: 28 * s, minSize: 16 * s },
        { fontWeight: 700 },
      ),
    ),
  ];
}

/** A row of headline figures: label above a large value, each fitted to its tile. */
export function figureTiles(theme: Theme, figures: readonly Figure[], width: number): PosterElement {
  const s = theme.scale;
  const gap = 24 * s;
  const pad = 20 * s;
  const count = Math.max(1, figures.length);
  const tileWidth = Math.floor((width - gap * (count - 1)) / count);
  const inner = tileWidth - 2 * pad;
  return box(
    { flexDirection: 'row', gap, width, flexShrink: 0 },
    ...figures.map((f) =>
      box(
        {
          flexDirection: 'column',
          width: tileWidth,
          padding: pad,
          boxSizing: 'border-box',
          borderTop: `${8 * s}px solid ${theme.brand}`,
          backgroundColor: theme.tile,
        },
        text(
          f.label,
          { width: inner, maxLines: 1, maxSize: 30 * s, minSize: 20 * s },
          { color: theme.muted },
        ),
        text(
          f.value,
          { width: inner, maxLines: 1, maxSize: 84 * s, minSize: 36 * s },
          { fontWeight: 700 },
          1.15,
        ),
      ),
    ),
  );
}

/** Goal or share progress: label and figures on one row, the bar under it. */
export function progressBars(theme: Theme, bars: readonly ProgressBar[], width: number): PosterElement {
  const s = theme.scale;
  const rightWidth = Math.round(width * 0.42);
  const leftWidth = width - rightWidth - 16 * s;
  return box(
    { flexDirection: 'column', gap: 28 * s, width, flexShrink: 0 },
    ...bars.map((bar) =>
      box(
        { flexDirection: 'column', gap: 10 * s, width },
        box(
          { flexDirection: 'row', alignItems: 'flex-end', justifyContent: 'space-between', width },
          text(
            `${bar.label}　${bar.description}`,
            { width: leftWidth, maxLines: 1, maxSize: 32 * s, minSize: 20 * s },
            { fontWeight: 700 },
          ),
          text(
            `${bar.valueText}　${bar.percentText}`,
            { width: rightWidth, maxLines: 1, maxSize: 32 * s, minSize: 20 * s },
            { fontWeight: 700, color: theme.brand },
            1.25,
            'flex-end',
          ),
        ),
        box(
          { width, height: 24 * s, backgroundColor: theme.track, borderRadius: 12 * s },
          box({
            width: Math.round(width * Math.min(1, Math.max(0, bar.ratio))),
            height: 24 * s,
            backgroundColor: theme.brand,
            borderRadius: 12 * s,
          }),
        ),
      ),
    ),
  );
}

/** QR code with the call to action, URL, data date and publisher beside it. */
export function qrFooter(
  theme: Theme,
  width: number,
  qrUrl: string,
  qrMax: number,
  lines: { cta: string; url: string; small: string[] },
): PosterElement {
  const s = theme.scale;
  const qr = qrElement(qrUrl, qrMax);
  const gap = 36 * s;
  const side = width - qr.px - gap;
  return box(
    { flexDirection: 'row', alignItems: 'center', gap, width },
    qr.element,
    box(
      { flexDirection: 'column', gap: 8 * s, width: side },
      text(lines.cta, { width: side, maxLines: 1, maxSize: 38 * s, minSize: 24 * s }, { fontWeight: 700 }),
      text(lines.url, { width: side, maxLines: 2, maxSize: 24 * s, minSize: 16 * s }, { color: theme.muted }),
      ...lines.small.map((l) =>
        text(l, { width: side, maxLines: 1, maxSize: 24 * s, minSize: 16 * s }, { color: theme.muted }),
      ),
    ),
  );
}

/** Padding above and below each step row, before the poster's scale. */
export const STEP_ROW_PAD = 6;

/** Steps with their dates (or `notReached`), one ruled row each; rows grow to share the height left. */
export function stepRows(
  theme: Theme,
  steps: readonly { label: string; date?: string | undefined }[],
  notReached: string,
  stepSize: number,
  inner: number,
): PosterElement {
  const s = theme.scale;
  const size = { maxLines: 1, maxSize: stepSize, minSize: Math.min(stepSize, 20 * s) };
  return box(
    { flexDirection: 'column', flexGrow: 1, width: inner },
    ...steps.map((step) =>
      box(
        {
          flexDirection: 'row',
          flexGrow: 1,
          alignItems: 'center',
          justifyContent: 'space-between',
          width: inner,
          borderBottom: `${2 * s}px solid ${theme.track}`,
          padding: `${STEP_ROW_PAD * s}px 0`,
        },
        text(
          step.label,
          { ...size, width: Math.round(inner * 0.5) },
          step.date ? {} : { color: theme.muted },
        ),
        text(
          step.date ?? notReached,
          { ...size, width: Math.round(inner * 0.46) },
          { color: theme.muted },
          1.25,
          'flex-end',
        ),
      ),
    ),
  );
}
