// Share poster of a resident's story (1080×1440): the title over the story's cover photo (behind the same
// scrim as the celebration poster), who tells it, its opening words quoted as large as the room left allows,
// and the QR code to read it all. Without a photo the band is as tall as its text, and the quote and then
// the steps of the story's building share the rest; the A4 print edition is the same layout scaled, black
// on white, without the photo.
import { fitText, type TextBox } from '../fit.ts';
import { box, photo, type PosterElement } from '../tree.ts';
import type { StoryPosterModel } from '../types.ts';
import { HERO_STYLE, SCRIM } from './building.ts';
import { headerBand, page, qrFooter, sampleBadge, STEP_ROW_PAD, stepRows, text } from './parts.ts';
import { PRINT, screenTheme, type Theme } from './theme.ts';

// A photo band at least this tall shows the scene; the photo is cropped to the band's height.
const HERO_HEIGHT = 760;
const QR = 230;
const QUOTE_LINE = 1.5;
// Heights at scale 1, as drawn below: band padding and the kicker row (its badge is the taller),
// gaps in the title column, the footer (padding, rule and QR code) and the quote's padding.
const BAND = 56 + 48 + 52 + 32;
const GAP = 16;
const FOOTER = 24 + 40 + 2 + QR;
const QUOTE_PAD = 40;
const QUOTE_RULE = 8;
const QUOTE_INDENT = 32;
// A step row: its text, its padding and its rule.
const STEP_SIZE = 34;
const STEP_MIN = 24;
const STEPS_GAP = 24;

const quoted = (model: StoryPosterModel): string => `“${model.excerpt}”`;

interface StoryPlan {
  title: TextBox;
  byline: TextBox;
  date: TextBox;
  credit: TextBox;
  quote: TextBox;
  /** Height of the photo band: at least HERO_HEIGHT, and whatever the quote leaves. */
  heroHeight: number;
  /** The building's steps, drawn under the quote when there is no photo. */
  steps: StoryPosterModel['steps'];
  /** Their type size: as large as the rows the quote leaves allow, up to STEP_SIZE. */
  stepSize: number;
}

/**
 * The text boxes of a story poster and the height of its photo: the quote takes the largest size the room
 * under the band allows (less the steps at their smallest, without a photo); the steps, or a photo band,
 * grow into what the quote leaves, so no blank band is left.
 */
export function storyPlan(model: StoryPosterModel, width: number, height: number): StoryPlan {
  const { theme, inner, hero } = setup(model, width);
  const s = theme.scale;
  const counters = [model.counter];
  const title = { width: inner, maxLines: 3, maxSize: 96 * s, minSize: 56 * s, counters };
  const byline = { width: inner, maxLines: 2, maxSize: 44 * s, minSize: 28 * s, counters };
  const date = { width: inner, maxLines: 1, maxSize: 36 * s, minSize: 24 * s };
  const credit = { width: inner, maxLines: 1, maxSize: 24 * s, minSize: 18 * s };
  const linesOf = (value: string, b: TextBox, lineHeight: number): number => {
    const fitted = fitText(value, b);
    return fitted.lines.length * fitted.fontSize * lineHeight;
  };
  const band =
    BAND * s +
    (theme.headerRule ? 6 * s : 0) +
    linesOf(model.title, title, 1.15) +
    GAP * s +
    linesOf(model.byline, byline, 1.25) +
    GAP * s +
    linesOf(model.date, date, 1.25) +
    (hero ? GAP * s + linesOf(`${model.labels.photoCredit}${hero.credit}`, credit, 1.25) : 0);
  const steps = hero ? [] : model.steps;
  const rowFrame = (2 * STEP_ROW_PAD + 2) * s;
  const stepsHeight = steps.length > 0 ? STEPS_GAP * s + steps.length * (STEP_MIN * s * 1.25 + rowFrame) : 0;
  const below = (FOOTER + 2 * QUOTE_PAD) * s;
  const room = height - Math.max(band, hero ? HERO_HEIGHT * s : 0) - below - stepsHeight;
  // Beside a photo or above the steps the quote shares the page; alone it may be larger.
  const quote = quoteBox(model, inner, room, theme, hero || steps.length > 0 ? 52 : 72);
  const quoteHeight = fitText(quoted(model), quote).lines.length * (quote.maxSize * QUOTE_LINE);
  const heroHeight = hero ? Math.floor(Math.max(HERO_HEIGHT * s, band, height - below - quoteHeight)) : 0;
  const rowRoom = (room + stepsHeight - quoteHeight - STEPS_GAP * s) / Math.max(1, steps.length);
  const stepSize = Math.max(
    STEP_MIN * s,
    Math.min(STEP_SIZE * s * theme.textScale, Math.floor((rowRoom - rowFrame) / 1.25)),
  );
  return { title, byline, date, credit, quote, heroHeight, steps, stepSize };
}

/** The largest size at which the quote fits `room` px of height, in as many lines as fit there. */
function quoteBox(
  model: StoryPosterModel,
  inner: number,
  room: number,
  theme: Theme,
  largest: number,
): TextBox {
  const s = theme.scale;
  const width = inner - QUOTE_RULE * s - QUOTE_INDENT * s;
  const min = 30 * s;
  const at = (size: number): TextBox => ({
    width,
    maxLines: Math.max(1, Math.floor(room / (size * QUOTE_LINE))),
    maxSize: size,
    minSize: size,
    prose: true,
    counters: [model.counter],
  });
  for (let size = Math.round(largest * s * theme.textScale); size > min; size -= 2) {
    if (!fitText(quoted(model), at(size)).truncated) return at(size);
  }
  return at(min);
}

function setup(
  model: StoryPosterModel,
  width: number,
): { theme: Theme; inner: number; hero: StoryPosterModel['photo'] } {
  const theme = model.edition === 'print' ? PRINT : screenTheme(model.accent);
  // Paper editions leave the photo out (the model has none either): a photo band prints muddy.
  return {
    theme,
    inner: width - 2 * 72 * theme.scale,
    hero: model.edition === 'screen' ? model.photo : undefined,
  };
}

/** Layout tree of a story poster. */
export function storyPoster(model: StoryPosterModel, width: number, height: number): PosterElement {
  const { theme, inner, hero } = setup(model, width);
  const s = theme.scale;
  const pad = 72 * s;
  const badgeWidth = model.illustrative ? Math.round(360 * s) : 0;
  const plan = storyPlan(model, width, height);
  return page(
    theme,
    {},
    headerBand(
      theme,
      {
        gap: 0,
        padding: [56 * s, pad, 48 * s],
        ...(hero
          ? {
              style: {
                position: 'relative',
                // The photo's height is the band's, padding included.
                boxSizing: 'border-box',
                minHeight: plan.heroHeight,
                justifyContent: 'space-between',
              },
            }
          : {}),
      },
      // The photo fills the band behind a dark scrim, so white text reads on any photo.
      ...(hero
        ? [
            photo(hero.file, width, plan.heroHeight, HERO_STYLE),
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
        {
          flexDirection: 'row',
          justifyContent: 'space-between',
          alignItems: 'center',
          width: inner,
          position: 'relative',
        },
        text(model.kicker, {
          width: inner - badgeWidth - 24 * s,
          maxLines: 1,
          maxSize: 40 * s,
          minSize: 24 * s,
        }),
        ...sampleBadge(theme, badgeWidth, model.illustrative, model.sampleLabel),
      ),
      box(
        { flexDirection: 'column', gap: GAP * s, position: 'relative', paddingTop: 32 * s },
        text(model.title, plan.title, { fontWeight: 700 }, 1.15),
        text(model.byline, plan.byline),
        text(model.date, plan.date),
        // Left, under the date: a sample illustration carries its own label in its bottom-right corner.
        ...(hero ? [text(`${model.labels.photoCredit}${hero.credit}`, plan.credit)] : []),
      ),
    ),
    // The opening words fill the room left, centred, behind a rule in the accent; without a photo the
    // steps follow, their rows sharing what the quote leaves.
    box(
      {
        flexDirection: 'column',
        flexGrow: 1,
        justifyContent: 'center',
        gap: STEPS_GAP * s,
        padding: `${QUOTE_PAD * s}px ${pad}px`,
      },
      box(
        {
          flexDirection: 'column',
          flexShrink: 0,
          borderLeft: `${QUOTE_RULE * s}px solid ${theme.brand}`,
          paddingLeft: QUOTE_INDENT * s,
        },
        text(quoted(model), plan.quote, {}, QUOTE_LINE),
      ),
      ...(plan.steps.length > 0
        ? [stepRows(theme, plan.steps, model.labels.notReached, plan.stepSize, inner)]
        : []),
    ),
    box(
      {
        padding: `${24 * s}px ${pad}px ${40 * s}px`,
        borderTop: `${2 * s}px solid ${theme.track}`,
        flexShrink: 0,
      },
      qrFooter(theme, inner, model.qrUrl, QR * s, {
        cta: model.cta,
        url: model.displayUrl,
        small: [model.publisher],
      }),
    ),
  );
}
