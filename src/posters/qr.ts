// QR codes as SVG path data (from `qrcode`'s module matrix), drawn by satori as vector paths.
import { create as createQr } from 'qrcode';
import type { PosterElement } from './tree.ts';

/** Light modules around the code, as the QR standard asks. */
export const QUIET_ZONE = 4;

export interface QrPath {
  /** Modules per side including the quiet zone. */
  modules: number;
  /** Dark modules as one path in module units, one subpath per horizontal run. */
  d: string;
}

/** Path data for a QR code of `text` (error correction M: survives print smudges, stays small). */
export function qrPath(text: string): QrPath {
  const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x += 1;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`);
    }
  }
  return { modules: size + 2 * QUIET_ZONE, d: parts.join('') };
}

/** Largest whole number of pixels per module that fits `maxPx`, so modules stay crisp. */
export function qrPixelSize(modules: number, maxPx: number): number {
  return modules * Math.max(1, Math.floor(maxPx / modules));
}

/** Attribute marking the box where `injectQrCodes` draws a QR code. */
export const QR_ATTRIBUTE = 'data-qr';

/**
 * A white box at most `maxPx` wide that will hold the QR code of `text`. Satori only lays it out:
 * as an `<img>` the code costs librsvg ~250 ms per poster, as plain paths next to nothing.
 */
export function qrElement(text: string, maxPx: number): { element: PosterElement; px: number } {
  const px = qrPixelSize(qrPath(text).modules, maxPx);
  const style = { display: 'flex', width: px, height: px, flexShrink: 0, backgroundColor: '#ffffff' };
  return { element: { type: 'div', props: { [QR_ATTRIBUTE]: text, style } }, px };
}

export interface QrPlacement {
  text: string;
  left: number;
  top: number;
  size: number;
}

/** Draw each placed QR code as one SVG path, scaled to whole pixels per module, at the end of `svg`. */
export function injectQrCodes(svg: string, placements: readonly QrPlacement[]): string {
  if (placements.length === 0) return svg;
  const groups = placements.map(({ text, left, top, size }) => {
    const { modules, d } = qrPath(text);
    const scale = size / modules;
    return (
      `<g transform="translate(${left} ${top}) scale(${scale})" shape-rendering="crispEdges">` +
      `<rect width="${modules}" height="${modules}" fill="#ffffff"/><path d="${d}" fill="#000000"/></g>`
    );
  });
  const end = svg.lastIndexOf('</svg>');
  return `${svg.slice(0, end)}${groups.join('')}${svg.slice(end)}`;
}
