// Open Graph card (1200×630): page title, subtitle and site name.
import { box, type PosterElement } from '../tree.ts';
import type { OgCardModel } from '../types.ts';
import { page, sampleBadge, text } from './parts.ts';
import { SCREEN } from './theme.ts';

/** Layout tree of an Open Graph card. */
export function ogCard(model: OgCardModel, width: number): PosterElement {
  const theme = SCREEN;
  const pad = 72;
  const inner = width - 2 * pad;
  return page(
    theme,
    { padding: `${64}px ${pad}px`, justifyContent: 'space-between', borderTop: `24px solid ${theme.brand}` },
    box(
      { flexDirection: 'column', gap: 24, width: inner },
      text(model.title, { width: inner, maxLines: 2, maxSize: 84, minSize: 48 }, { fontWeight: 700 }, 1.2),
      text(model.subtitle, { width: inner, maxLines: 2, maxSize: 40, minSize: 28 }, { color: theme.muted }),
    ),
    box(
      { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', width: inner },
      text(
        model.siteName,
        { width: Math.round(inner * 0.6), maxLines: 2, maxSize: 32, minSize: 22 },
        { fontWeight: 700, color: theme.brand },
      ),
      ...sampleBadge(theme, model.illustrative ? 360 : 0, model.illustrative),
    ),
  );
}
