// One line per building in residents' words: where it is and, while in progress, which step of how many.
// Shown under the building's title and reused in search results, the meta description and its link card.
import type { IsoDate, Milestone, Status } from '../data/types.ts';
import type { UiStrings } from '../i18n/uiTable.ts';
import { formatDate } from './dates.ts';

export interface HeadlineInput {
  eligible: boolean;
  /** What an ineligible building is, in the programme's words: 不在加装范围. */
  ineligible: string;
  /** Latest status; absent for a building never tracked. */
  status?: Status | undefined;
  /** Milestone key → date reached. */
  dates: Partial<Record<string, IsoDate>>;
  milestones: readonly Milestone[];
  /** Milestone keys worth announcing (report.json `celebrate`), e.g. in_service. */
  celebrate: readonly string[];
  /** The interface words (the locale table's figures section). */
  text: UiStrings['figures'];
}

/**
 * `电梯已投入使用（2025年4月18日）`, `正在准备业主表决 · 第2/7步`, `暂停 · 第3/7步（批前公示）`,
 * `已撤回（曾完成第2步：业主表决通过）`, `不在加装范围`.
 */
export function buildingHeadline(input: HeadlineInput): string {
  const { milestones, text } = input;
  if (!input.eligible) return input.ineligible;
  const done = (m: Milestone): string => m.done ?? text.reached(m.label);
  const pending = (m: Milestone): string => m.pending ?? text.pending(m.label);
  const reachedIndex = milestones.reduce((last, m, i) => (input.dates[m.key] ? i : last), -1);
  const last = milestones[reachedIndex];
  if (input.status === 'withdrawn') {
    return last ? text.withdrawnAfter(reachedIndex + 1, last.label) : text.withdrawn;
  }
  // The furthest milestone worth announcing: the headline a resident would tell a neighbour.
  const celebrated = milestones
    .slice(0, reachedIndex + 1)
    .filter((m) => input.celebrate.includes(m.key))
    .at(-1);
  if (celebrated) {
    const head = text.celebrated(done(celebrated), formatDate(input.dates[celebrated.key]));
    return last && last !== celebrated ? text.andSince(head, done(last)) : head;
  }
  const next = milestones[reachedIndex + 1];
  if (!next) return last ? done(last) : '';
  if (reachedIndex < 0 && input.status !== 'paused' && input.status !== 'disputed') {
    const first = milestones[0];
    return first ? text.notYet(first.label) : text.notStarted;
  }
  const step = text.stepOf(reachedIndex + 2, milestones.length);
  if (input.status === 'paused') return text.paused(step, next.label);
  if (input.status === 'disputed') return text.disputed(step, next.label);
  return text.moving(pending(next), step);
}
