// Celebration poster for one building (1080×1440): 「西湾东1号 电梯投入使用了！」 with date and QR code;
// its A4 print edition is the same layout scaled, black on white with a header rule instead of a block.
import { box, photo, type PosterElement, type PosterStyle } from '../tree.ts';
import type { BuildingPosterModel } from '../types.ts';
import { headerBand, page, qrFooter, sampleBadge, stepRows, text } from './parts.ts';
import { PRINT, screenTheme } from './theme.ts';

export const MAX_TIMELINE = 7;
/** Black at this opacity over any photo leaves white text at least 4.5:1 (checked in a test). */
export const SCRIM_OPACITY = 0.58;
export const SCRIM = `rgba(0,0,0,${SCRIM_OPACITY})`;
// About the band's height with a two-line address; the photo is cropped to this, then fills the band.
const HERO_HEIGHT = 560;
export const HERO_STYLE: PosterStyle = {
  position: 'absolute',
  top: 0,
  left: 0,
  width: '100%',
  height: '100%',
  objectFit: 'cover',
};

/** Layout tree of a building celebration poster. */
export function buildingPoster(model: BuildingPosterModel, width: number): PosterElement {
  const theme = model.edition === 'print' ? PRINT : screenTheme(model.accent);
  const s = theme.scale;
  const pad = 72 * s;
  const inner = width - 2 * pad;
  const badgeWidth = model.illustrative ? Math.round(360 * s) : 0;
  // Paper editions leave the photo out: a photo band eats toner and prints muddy.
  const hero = model.edition === 'screen' ? model.photo : undefined;
  return page(
    theme,
    {},
    headerBand(
      theme,
      { gap: 0, padding: [56 * s, pad, 48 * s], ...(hero ? { style: { position: 'relative' } } : {}) },
      // The photo fills the band behind a dark scrim, so white text reads on any photo.
      ...(hero
        ? [
            photo(hero.file, width, Math.round(HERO_HEIGHT * s), HERO_STYLE),
            box({
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              height: '100%',
              backgroundColor: SCRIM,
            }),
          ]
        : []),
      // Positioned, so it paints above the photo and scrim (positioned layers paint in document order).
      box(
        { flexDirection: 'column', gap: 16 * s, position: 'relative' },
        box(
          { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', width: inner },
          text(model.community, {
            width: inner - badgeWidth - 24 * s,
            maxLines: 1,
            maxSize: 40 * s,
            minSize: 24 * s,
          }),
          ...sampleBadge(theme, badgeWidth, model.illustrative, model.labels.sampleData),
        ),
        text(
          model.address,
          { width: inner, maxLines: 2, maxSize: 112 * s, minSize: 60 * s, counters: [model.counter] },
          { fontWeight: 700 },
          1.15,
        ),
        text(
          model.headline,
          { width: inner, maxLines: 1, maxSize: 96 * s, minSize: 48 * s },
          { fontWeight: 700 },
          1.15,
        ),
        text(model.date, { width: inner, maxLines: 1, maxSize: 44 * s, minSize: 28 * s }),
        ...(hero
          ? [
              text(
                `${model.labels.photoCredit}${hero.credit}`,
                { width: inner, maxLines: 1, maxSize: 24 * s, minSize: 18 * s },
                {},
                1.25,
                'flex-end',
              ),
            ]
          : []),
      ),
    ),
    box(
      { flexDirection: 'column', flexGrow: 1, gap: 16 * s, padding: `${36 * s}px ${pad}px` },
      ...(model.facts.length > 0
        ? [
            text(
              model.facts.join(' · '),
              { width: inner, maxLines: 1, maxSize: 32 * s, minSize: 22 * s },
              { color: theme.muted },
            ),
          ]
        : []),
      ...(model.journey
        ? [
            text(
              model.journey,
              { width: inner, maxLines: 1, maxSize: 36 * s, minSize: 24 * s },
              { fontWeight: 700 },
            ),
          ]
        : []),
      // The steps share the rest of the poster: rows grow (each with its rule) so no blank band is left.
      stepRows(
        theme,
        model.timeline.slice(-MAX_TIMELINE),
        model.labels.notReached,
        34 * s * theme.textScale,
        inner,
      ),
    ),
    box(
      {
        padding: `${24 * s}px ${pad}px ${40 * s}px`,
        borderTop: `${2 * s}px solid ${theme.track}`,
        flexShrink: 0,
      },
      qrFooter(theme, inner, model.qrUrl, 230 * s, {
        cta: model.cta,
        url: model.displayUrl,
        small: [model.publisher],
      }),
    ),
  );
}
