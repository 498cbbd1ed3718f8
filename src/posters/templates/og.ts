// Open Graph card (1200×630): the page title, then what the page says at a glance (key figures, a
// building's state, or the description), and the site name.
import { box, photo, type PosterElement } from '../tree.ts';
import type { OgCardModel } from '../types.ts';
import { figureTiles, page, sampleBadge, text } from './parts.ts';
import { screenTheme } from './theme.ts';

const OG_PHOTO_WIDTH = 460;
const OG_HEIGHT = 630;

/** Layout tree of an Open Graph card. */
export function ogCard(model: OgCardModel, width: number): PosterElement {
  const theme = screenTheme(model.accent);
  // Wrapping texts never part a count from the programme's measure word.
  const counters = [model.counter];
  const pad = 72;
  // A story's photo takes the right side, edge to edge; the text keeps the left.
  const inner = model.photo ? width - pad - OG_PHOTO_WIDTH - 48 : width - 2 * pad;
  const subtitle = (maxSize: number) =>
    text(
      model.subtitle,
      { width: inner, maxLines: 2, maxSize, minSize: 24, counters },
      { color: theme.muted },
    );
  const body: PosterElement[] =
    model.figures.length > 0
      ? [
          text(
            model.title,
            { width: inner, maxLines: 1, maxSize: 60, minSize: 40 },
            { fontWeight: 700 },
            1.2,
          ),
          subtitle(30),
          box({ height: 8, flexShrink: 0 }),
          figureTiles(theme, model.figures, inner),
        ]
      : model.state !== undefined
        ? [
            text(
              model.title,
              { width: inner, maxLines: 2, maxSize: 72, minSize: 44, counters },
              { fontWeight: 700 },
              1.2,
            ),
            text(
              model.state,
              { width: inner, maxLines: 2, maxSize: 56, minSize: 34, counters },
              { fontWeight: 700, color: theme.brand },
              1.25,
            ),
            subtitle(30),
          ]
        : [
            text(
              model.title,
              { width: inner, maxLines: 2, maxSize: 84, minSize: 48, counters },
              { fontWeight: 700 },
              1.2,
            ),
            subtitle(40),
            ...(model.photo
              ? [
                  text(
                    `${model.labels.photoCredit}${model.photo.credit}`,
                    { width: inner, maxLines: 1, maxSize: 24, minSize: 18 },
                    { color: theme.muted },
                  ),
                ]
              : []),
          ];
  // The home page's title is the site name: say it once.
  const siteName = model.title === model.siteName ? '' : model.siteName;
  return page(
    theme,
    {
      padding: `${56}px ${pad}px`,
      justifyContent: 'space-between',
      borderTop: `24px solid ${theme.brand}`,
      position: 'relative',
    },
    ...(model.photo
      ? [
          photo(model.photo.file, OG_PHOTO_WIDTH, OG_HEIGHT - 24, {
            position: 'absolute',
            top: 0,
            right: 0,
          }),
        ]
      : []),
    box({ flexDirection: 'column', gap: 20, width: inner }, ...body),
    // Beside a photo the column is narrow: the badge goes above the site name, which keeps one line.
    model.photo
      ? box(
          { flexDirection: 'column', alignItems: 'flex-start', gap: 16, width: inner },
          ...sampleBadge(theme, model.illustrative ? 360 : 0, model.illustrative, model.labels.sampleData),
          text(
            siteName,
            { width: inner, maxLines: 1, maxSize: 32, minSize: 20 },
            { fontWeight: 700, color: theme.brand },
          ),
        )
      : box(
          { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', width: inner },
          text(
            siteName,
            { width: Math.round(inner * 0.6), maxLines: 2, maxSize: 32, minSize: 22, counters },
            { fontWeight: 700, color: theme.brand },
          ),
          ...sampleBadge(theme, model.illustrative ? 360 : 0, model.illustrative, model.labels.sampleData),
        ),
  );
}
