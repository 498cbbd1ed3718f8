// Share poster of a resident's story (1080×1440): the title over the story's first photo (behind the same
// scrim as the celebration poster), who tells it, its summary in large type, and the QR code to read it all.
import { box, photo, type PosterElement } from '../tree.ts';
import type { StoryPosterModel } from '../types.ts';
import { HERO_STYLE, SCRIM } from './building.ts';
import { headerBand, page, qrFooter, sampleBadge, text } from './parts.ts';
import { screenTheme } from './theme.ts';

// A photo band this tall shows the scene; without a photo the band is as tall as its text and the
// building's steps fill the page below the summary.
const HERO_HEIGHT = 760;
const PAD = 72;

/** Layout tree of a story poster. */
export function storyPoster(model: StoryPosterModel, width: number): PosterElement {
  const theme = screenTheme(model.accent);
  const inner = width - 2 * PAD;
  const badgeWidth = model.illustrative ? 360 : 0;
  const hero = model.photo;
  return page(
    theme,
    {},
    headerBand(
      theme,
      {
        gap: 0,
        padding: [56, PAD, 48],
        ...(hero
          ? { style: { position: 'relative', minHeight: HERO_HEIGHT, justifyContent: 'space-between' } }
          : {}),
      },
      ...(hero
        ? [
            photo(hero.file, width, HERO_HEIGHT, HERO_STYLE),
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
      box(
        {
          flexDirection: 'row',
          justifyContent: 'space-between',
          alignItems: 'center',
          width: inner,
          position: 'relative',
        },
        text(model.kicker, { width: inner - badgeWidth - 24, maxLines: 1, maxSize: 40, minSize: 24 }),
        ...sampleBadge(theme, badgeWidth, model.illustrative),
      ),
      box(
        { flexDirection: 'column', gap: 16, position: 'relative', paddingTop: 32 },
        text(model.title, { width: inner, maxLines: 3, maxSize: 96, minSize: 56 }, { fontWeight: 700 }, 1.15),
        text(model.byline, { width: inner, maxLines: 2, maxSize: 44, minSize: 28 }),
        text(model.date, { width: inner, maxLines: 1, maxSize: 36, minSize: 24 }),
        ...(hero
          ? [
              text(
                `图片来源：${hero.credit}`,
                { width: inner, maxLines: 1, maxSize: 24, minSize: 18 },
                {},
                1.25,
                'flex-end',
              ),
            ]
          : []),
      ),
    ),
    // The summary, then (without a photo) every step of the story's building, the rows sharing the height
    // left so the page is full whatever the summary's length.
    box(
      { flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 24, padding: `40px ${PAD}px` },
      // Bounded by the room left: at most 3 lines at the largest size.
      text(model.summary, { width: inner, maxLines: 3, maxSize: hero ? 56 : 52, minSize: 30 }, {}, 1.5),
      ...(hero
        ? []
        : [
            box(
              { flexDirection: 'column', flexGrow: 1, width: inner },
              ...model.steps.map((step) =>
                box(
                  {
                    flexDirection: 'row',
                    flexGrow: 1,
                    alignItems: 'center',
                    justifyContent: 'space-between',
                    width: inner,
                    borderBottom: `2px solid ${theme.track}`,
                  },
                  text(
                    step.label,
                    { width: Math.round(inner * 0.5), maxLines: 1, maxSize: 34, minSize: 20 },
                    step.date ? {} : { color: theme.muted },
                  ),
                  text(
                    step.date ?? '尚未完成',
                    { width: Math.round(inner * 0.46), maxLines: 1, maxSize: 34, minSize: 20 },
                    { color: theme.muted },
                    1.25,
                    'flex-end',
                  ),
                ),
              ),
            ),
          ]),
    ),
    box(
      { padding: `24px ${PAD}px 40px`, borderTop: `2px solid ${theme.track}`, flexShrink: 0 },
      qrFooter(theme, inner, model.qrUrl, 230, {
        cta: model.cta,
        url: model.displayUrl,
        small: [model.publisher],
      }),
    ),
  );
}
