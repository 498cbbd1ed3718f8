// Celebration poster for one building (1080×1440): 「西湾东1号 电梯投入使用了！」 with date and QR code.
import { box, type PosterElement } from '../tree.ts';
import type { BuildingPosterModel } from '../types.ts';
import { page, qrFooter, sampleBadge, text } from './parts.ts';
import { SCREEN } from './theme.ts';

export const MAX_TIMELINE = 7;

/** Layout tree of a building celebration poster. */
export function buildingPoster(model: BuildingPosterModel, width: number): PosterElement {
  const theme = SCREEN;
  const pad = 72;
  const inner = width - 2 * pad;
  const badgeWidth = model.illustrative ? 360 : 0;
  return page(
    theme,
    {},
    box(
      {
        flexDirection: 'column',
        gap: 16,
        padding: `56px ${pad}px 48px`,
        backgroundColor: theme.brand,
        color: theme.onBrand,
        flexShrink: 0,
      },
      box(
        { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', width: inner },
        text(model.community, { width: inner - badgeWidth - 24, maxLines: 1, maxSize: 40, minSize: 24 }),
        ...sampleBadge(theme, badgeWidth, model.illustrative),
      ),
      text(
        model.address,
        { width: inner, maxLines: 2, maxSize: 112, minSize: 60 },
        { fontWeight: 700 },
        1.15,
      ),
      text(
        model.headline,
        { width: inner, maxLines: 1, maxSize: 96, minSize: 48 },
        { fontWeight: 700 },
        1.15,
      ),
      text(model.date, { width: inner, maxLines: 1, maxSize: 44, minSize: 28 }),
    ),
    box(
      { flexDirection: 'column', flexGrow: 1, gap: 16, padding: `36px ${pad}px` },
      ...(model.facts.length > 0
        ? [
            text(
              model.facts.join(' · '),
              { width: inner, maxLines: 1, maxSize: 32, minSize: 22 },
              { color: theme.muted },
            ),
          ]
        : []),
      ...(model.journey
        ? [text(model.journey, { width: inner, maxLines: 1, maxSize: 36, minSize: 24 }, { fontWeight: 700 })]
        : []),
      // The steps share the rest of the poster: rows grow (each with its rule) so no blank band is left.
      box(
        { flexDirection: 'column', flexGrow: 1, width: inner },
        ...model.timeline.slice(-MAX_TIMELINE).map((step) =>
          box(
            {
              flexDirection: 'row',
              flexGrow: 1,
              alignItems: 'center',
              justifyContent: 'space-between',
              width: inner,
              borderBottom: `2px solid ${theme.track}`,
              padding: '6px 0',
            },
            text(step.label, { width: Math.round(inner * 0.5), maxLines: 1, maxSize: 34, minSize: 20 }),
            text(
              step.date,
              { width: Math.round(inner * 0.46), maxLines: 1, maxSize: 34, minSize: 20 },
              { color: theme.muted },
              1.25,
              'flex-end',
            ),
          ),
        ),
      ),
    ),
    box(
      { padding: `24px ${pad}px 40px`, borderTop: `2px solid ${theme.track}`, flexShrink: 0 },
      qrFooter(theme, inner, model.qrUrl, 230, {
        cta: '扫码查看这栋楼的进展',
        url: model.displayUrl,
        small: [model.publisher],
      }),
    ),
  );
}
