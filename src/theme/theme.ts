// The site's own colour and mark (report.json `theme`): one accent used by the page header rule and the
// posters' header band, and a logo used as the favicon and beside the site title.
import { contrast } from './contrast.ts';

/** Xicun's red, when report.json names no accent. */
export const DEFAULT_ACCENT = '#a4161a';
/** The site's accent: report.json `theme.accent`, else the default. */
export function siteAccent(report: { theme?: { accent?: string } }): string {
  return report.theme?.accent ?? DEFAULT_ACCENT;
}

/** Backgrounds the accent must read on (as text) and carry white text on: the page and the posters' paper. */
export const ACCENT_BACKGROUNDS = ['#ffffff', '#fbf7ef'] as const;
/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;
/** WCAG AA for graphical objects (chart lines and bars). */
export const MIN_GRAPHIC_CONTRAST = 3;

/** The lowest contrast of `accent` against the page, the poster paper and white header text. */
export function accentContrast(accent: string): number {
  return Math.min(...ACCENT_BACKGROUNDS.map((bg) => contrast(accent, bg)));
}

/** The stylesheet that carries the accent to every page (a file, so the CSP needs no inline style). */
export function themeCss(accent: string): string {
  return `:root{--brand:${accent}}\n`;
}

// An SVG logo is served from the site's own origin: nothing in it may run or load anything.
const UNSAFE_SVG: readonly [RegExp, string][] = [
  [/<script\b/i, '<script>'],
  [/\son[a-z]+\s*=/i, '事件属性（on…=）'],
  [/<foreignObject\b/i, '<foreignObject>'],
  [/javascript:/i, 'javascript: 链接'],
  [/(?:href|src)\s*=\s*["']\s*(?:https?:)?\/\//i, '外部链接或图片'],
  [/<!ENTITY/i, '<!ENTITY>'],
];

/** What makes an SVG logo unsafe to publish, or undefined if it is plain drawing. */
export function unsafeSvgReason(svg: string): string | undefined {
  if (!/<svg\b/i.test(svg)) return '不是 SVG 文件';
  return UNSAFE_SVG.find(([re]) => re.test(svg))?.[1];
}
