// Monthly progress poster (street or community, 1080×1440) and its A4 print edition (same layout, scaled,
// with a white header over a rule and larger list type). Heights are budgeted for the worst case the models
// allow (3 figures, 2 bars, 3 news items of 2 lines); tests/posters/layout.test.ts checks every block stays
// inside. Where a quiet month leaves room, a small funnel of every step fills it, so no band is left blank.
import { fitText, type TextBox } from '../fit.ts';
import { box, photo, type PosterElement } from '../tree.ts';
import type { PosterPhoto, ProgressBar, ProgressPosterModel } from '../types.ts';
import { figureTiles, headerBand, page, progressBars, qrFooter, sampleBadge, text } from './parts.ts';
import { PRINT, screenTheme, type Theme } from './theme.ts';

export const MAX_FIGURES = 3;
export const MAX_BARS = 2;
export const MAX_NEWS = 3;

/** Which optional blocks a progress poster draws, from the room its text leaves (pure; alt text uses it too). */
export function progressPlan(
  model: ProgressPosterModel,
  width: number,
  height: number,
): { showBars: boolean; showSteps: boolean; monthPhoto: PosterPhoto | undefined; photoHeight: number } {
  const theme = model.kind === 'print' ? PRINT : screenTheme(model.accent);
  const s = theme.scale;
  const inner = width - 2 * 64 * s;
  const news = model.news.slice(0, MAX_NEWS);
  const newsSize = { max: 30 * s * theme.textScale, min: 22 * s };
  // The middle's height, less what the figures, bars and news take (sizes as parts.ts draws them).
  const middle = height / s - HEADER - FOOTER;
  const newsLines = news.reduce(
    (n, item) => n + fitText(item, newsBox(model, inner - BULLET * s, newsSize)).lines.length,
    0,
  );
  const bars = Math.min(model.progress.length, MAX_BARS);
  const used =
    2 * 32 +
    TILES +
    (bars > 0 ? bars * BAR_ROW - 28 + 32 : 0) +
    NEWS_TITLE +
    newsLines * 30 * theme.textScale * 1.3 +
    news.length * 10 +
    32;
  // The month's photo, when the room below the news is worth a picture, goes there (screen editions only);
  // a community poster gives up its share bars for it (they repeat the figures), a street poster never its goals.
  const photoFits = (room: number): boolean => room - PHOTO_CAPTION - 40 >= PHOTO_MIN;
  const keepBars = photoFits(middle - used) || model.area !== 'community';
  const photoRoom = middle - used + (keepBars ? 0 : bars * BAR_ROW + 4);
  if (model.kind !== 'print' && model.photo && photoFits(photoRoom)) {
    const photoHeight = Math.min(photoRoom - PHOTO_CAPTION - 40, PHOTO_MAX);
    return { showBars: keepBars, showSteps: false, monthPhoto: model.photo, photoHeight };
  }
  const funnel = STEPS_TITLE + model.steps.length * (STEP_ROW * theme.textScale + 6) + 32;
  // The funnel joins when it fits; on a community poster it may replace the share bars it repeats.
  const withBars = middle - used >= funnel;
  const insteadOfBars = model.area === 'community' && middle - used + bars * BAR_ROW + 4 >= funnel;
  const showBars = withBars || !insteadOfBars;
  const showSteps = withBars || insteadOfBars;
  return { showBars, showSteps, monthPhoto: undefined, photoHeight: 0 };
}

/** Layout tree of a progress poster; `print` uses the black-on-white theme at A4 size. */
export function progressPoster(model: ProgressPosterModel, width: number, height: number): PosterElement {
  const theme = model.kind === 'print' ? PRINT : screenTheme(model.accent);
  const s = theme.scale;
  const pad = 64 * s;
  const inner = width - 2 * pad;
  const badgeWidth = model.illustrative ? Math.round(360 * s) : 0;
  const news = model.news.slice(0, MAX_NEWS);
  const newsSize = { max: 30 * s * theme.textScale, min: 22 * s };
  const { showBars, showSteps, monthPhoto, photoHeight } = progressPlan(model, width, height);
  return page(
    theme,
    {},
    headerBand(
      theme,
      { gap: 10 * s, padding: [48 * s, pad, 36 * s] },
      box(
        { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', width: inner },
        text(
          model.scope,
          { width: inner - badgeWidth - 24 * s, maxLines: 1, maxSize: 48 * s, minSize: 28 * s },
          { fontWeight: 700 },
        ),
        ...sampleBadge(theme, badgeWidth, model.illustrative, model.labels.sampleData),
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
    // Blocks spread over the middle; the funnel, when it fits, takes what is left.
    box(
      {
        flexDirection: 'column',
        flexGrow: 1,
        justifyContent: 'space-evenly',
        gap: 32 * s,
        padding: `${32 * s}px ${pad}px`,
      },
      figureTiles(theme, model.figures.slice(0, MAX_FIGURES), inner),
      ...(showBars ? [progressBars(theme, model.progress.slice(0, MAX_BARS), inner)] : []),
      box(
        { flexDirection: 'column', gap: 10 * s, width: inner, flexShrink: 0 },
        text(
          model.newsTitle,
          { width: inner, maxLines: 1, maxSize: 36 * s, minSize: 24 * s },
          { fontWeight: 700, color: theme.brand },
        ),
        ...news.map((n) => listItem(theme, model, n, inner, newsSize)),
      ),
      ...(monthPhoto
        ? [
            box(
              { flexDirection: 'column', gap: 8 * s, width: inner, flexShrink: 0 },
              photo(monthPhoto.file, inner, Math.round(photoHeight * s), { borderRadius: 12 * s }),
              text(
                `${model.labels.photoCredit}${monthPhoto.credit}`,
                { width: inner, maxLines: 1, maxSize: 24 * s, minSize: 18 * s },
                { color: theme.muted },
              ),
            ),
          ]
        : showSteps
          ? [stepsFunnel(theme, model.steps, model.labels.stepsTitle, inner)]
          : []),
    ),
    box(
      {
        padding: `${24 * s}px ${pad}px ${40 * s}px`,
        borderTop: `${2 * s}px solid ${theme.track}`,
        flexShrink: 0,
      },
      qrFooter(theme, inner, model.qrUrl, 230 * s, {
        cta: model.kind === 'print' ? model.labels.printReportCta : model.labels.reportCta,
        url: model.displayUrl,
        small: [model.dataDate, model.publisher],
      }),
    ),
  );
}

/** Heights (at scale 1) of the fixed blocks, as parts.ts draws them: header, footer, tiles, a bar row. */
const HEADER = 48 + 36 + 48 * 1.25 + 10 + 88 * 1.15;
const FOOTER = 24 + 40 + 2 + 230;
const TILES = 8 + 2 * 20 + 30 * 1.25 + 84 * 1.15;
const BAR_ROW = 32 * 1.25 + 10 + 24 + 28; // a bar and the gap after it
const NEWS_TITLE = 36 * 1.25 + 10;
const STEPS_TITLE = 36 * 1.25 + 12;
/** Smallest height of one funnel row: its label line. */
const STEP_ROW = 30;
const BULLET = 34;
/** The month's photo: at least this tall to be worth showing, at most this tall, plus its credit line. */
const PHOTO_MIN = 280;
const PHOTO_MAX = 560;
const PHOTO_CAPTION = 8 + 24 * 1.25;

/** A news item's box: two lines, never breaking between a count and its measure word (`12栋`). */
function newsBox(model: ProgressPosterModel, width: number, size: { max: number; min: number }): TextBox {
  return { width, maxLines: 2, maxSize: size.max, minSize: size.min, counters: [model.counter] };
}

/** A list item whose wrapped lines indent under its text, not under the bullet. */
function listItem(
  theme: Theme,
  model: ProgressPosterModel,
  value: string,
  width: number,
  size: { max: number; min: number },
): PosterElement {
  const bullet = BULLET * theme.scale;
  return box(
    { flexDirection: 'row', width, flexShrink: 0 },
    // A drawn dot, centred on the first line, so wrapped lines align under the text.
    box(
      { width: bullet, height: size.max * 1.3, flexShrink: 0, alignItems: 'center' },
      box({
        width: 8 * theme.scale,
        height: 8 * theme.scale,
        borderRadius: 4 * theme.scale,
        backgroundColor: theme.ink,
      }),
    ),
    text(value, newsBox(model, width - bullet, size), {}, 1.3),
  );
}

/** Every step as a labelled bar of eligible buildings; rows share the height left, so nothing is blank. */
function stepsFunnel(
  theme: Theme,
  steps: readonly ProgressBar[],
  title: string,
  width: number,
): PosterElement {
  const s = theme.scale;
  const size = 24 * s * theme.textScale;
  const labelWidth = Math.round(width * 0.3);
  const valueWidth = Math.round(width * 0.16);
  const barWidth = width - labelWidth - valueWidth - 32 * s;
  return box(
    { flexDirection: 'column', flexGrow: 1, gap: 6 * s, width },
    text(
      title,
      { width, maxLines: 1, maxSize: 36 * s, minSize: 24 * s },
      { fontWeight: 700, color: theme.brand },
    ),
    ...steps.map((step) =>
      box(
        { flexDirection: 'row', flexGrow: 1, alignItems: 'center', gap: 16 * s, width },
        text(step.label, { width: labelWidth, maxLines: 1, maxSize: size, minSize: 18 * s }),
        box(
          { width: barWidth, height: 22 * s, backgroundColor: theme.track, borderRadius: 11 * s },
          box({
            width: Math.round(barWidth * Math.min(1, Math.max(0, step.ratio))),
            height: 22 * s,
            backgroundColor: theme.brand,
            borderRadius: 11 * s,
          }),
        ),
        text(
          step.valueText,
          { width: valueWidth, maxLines: 1, maxSize: size, minSize: 18 * s },
          { fontWeight: 700 },
          1.25,
          'flex-end',
        ),
      ),
    ),
  );
}
