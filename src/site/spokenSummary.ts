// The summary a 朗读 button reads on street and community pages: title, as-of month, headline figures.
import type { UiStrings } from '../i18n/uiTable.ts';
import type { HeadlineFigure } from './headline.ts';

/** `标题。截至2025年9月底：电梯已投入使用56栋，正在施工40栋。` */
export function spokenSummary(
  title: string,
  asOf: string,
  figures: readonly HeadlineFigure[],
  text: Pick<UiStrings['figures'], 'spoken' | 'spokenFigure'>,
): string {
  return text.spoken(
    title,
    asOf,
    figures.map((f) => text.spokenFigure(f.label, f.value)),
  );
}
