// Chart type sizes. Charts are laid out CHART_WIDTH user units wide and drawn close to 1:1 on a phone; the
// page's CSS sets the text size in those units (15 standard, 19 in 大字模式; global.css `.chart-svg`) and
// caps the drawn width, so chart text follows the page, not the SVG's width. Layouts reserve room for the
// larger size, so switching modes never makes labels collide.

import type { ProgrammeWords } from '../data/programmeWords.ts';
import type { UiStrings } from '../i18n/uiTable.ts';

/** The interface words of charts (the locale table's charts section). */
export type ChartText = UiStrings['charts'];

/** The programme's words a chart counts and names things with (栋/楼/楼栋, or 个/小区/小区). */
export type ChartWords = Pick<ProgrammeWords, 'noun' | 'counter' | 'item' | 'ineligible'>;

/** Width every chart is laid out at. */
export const CHART_WIDTH = 340;
/** Text size layouts measure and space labels with: the reading-mode size, the largest one drawn. */
export const LABEL_FONT = 19;
/** Height of one line of chart text. */
export const LINE = Math.round(LABEL_FONT * 1.25);
