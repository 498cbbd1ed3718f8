// Monthly progress poster (street or community, 1080×1440) and its A4 print edition (same layout, scaled).
// Heights are budgeted for the worst case the models allow (3 figures, 2 bars, 3 news items of 2 lines);
// tests/posters/layout.test.ts lays out such a poster and checks that every block stays inside.
import { box, type PosterElement } from '../tree.ts';
import type { ProgressPosterModel } from '../types.ts';
import { figureTiles, page, progressBars, qrFooter, sampleBadge, text } from './parts.ts';
import { PRINT, SCREEN } from './theme.ts';

export const MAX_FIGURES = 3;
export const MAX_BARS = 2;
export const MAX_NEWS = 3;

/** Layout tree of a progress poster; `print` uses the black-on-white theme at A4 size. */
export function progressPoster(model: ProgressPosterModel, width: number): PosterElement {
  const theme = model.kind === 'print' ? PRINT : SCREEN;
  const s = theme.scale;
  const pad = 64 * s;
  const inner = width - 2 * pad;
  const badgeWidth = model.illustrative ? Math.round(360 * s) : 0;
  return page(
    theme,
    {},
    box(
      {
        flexDirection: 'column',
        gap: 10 * s,
        padding: `${48 * s}px ${pad}px ${36 * s}px`,
        backgroundColor: theme.brand,
        color: theme.onBrand,
        flexShrink: 0,
      },
      box(
        { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', width: inner },
        text(
          model.scope,
          { width: inner - badgeWidth - 24 * s, maxLines: 1, maxSize: 48 * s, minSize: 28 * s },
          { fontWeight: 700 },
        ),
        ...sampleBadge(theme, badgeWidth, model.illustrative),
      ),
      box(
        { flexDirection: 'row', alignItems: 'flex-end', justifyContent: 'space-between', width: inner },
        text(
          model.title,
          { width: Math.round(inner * 0.64), maxLines: 1, maxSize: 88 * s, minSize: 48 * s },
          { fontWeight: 700 },
          1.15,
        ),
        text(
          model.period,
          { width: Math.round(inner * 0.34), maxLines: 1, maxSize: 48 * s, minSize: 28 * s },
          { fontWeight: 700 },
          1.25,
          'flex-end',
        ),
      ),
    ),
    box(
      { flexDirection: 'column', flexGrow: 1, gap: 32 * s, padding: `${32 * s}px ${pad}px` },
      figureTiles(theme, model.figures.slice(0, MAX_FIGURES), inner),
      progressBars(theme, model.progress.slice(0, MAX_BARS), inner),
      box(
        { flexDirection: 'column', gap: 10 * s, width: inner },
        text(
          model.newsTitle,
          { width: inner, maxLines: 1, maxSize: 36 * s, minSize: 24 * s },
          { fontWeight: 700, color: theme.brand },
        ),
        ...model.news
          .slice(0, MAX_NEWS)
          .map((n) =>
            text(`· ${n}`, { width: inner, maxLines: 2, maxSize: 30 * s, minSize: 22 * s }, {}, 1.3),
          ),
      ),
    ),
    box(
      {
        padding: `${24 * s}px ${pad}px ${40 * s}px`,
        borderTop: `${2 * s}px solid ${theme.track}`,
        flexShrink: 0,
      },
      qrFooter(theme, inner, model.qrUrl, 230 * s, {
        cta: model.kind === 'print' ? '扫码查看详细报告' : '扫码查看本月详细报告',
        url: model.displayUrl,
        small: [model.dataDate, model.publisher],
      }),
    ),
  );
}
