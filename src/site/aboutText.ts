// The default about page's one claim about time (for a report.json without its own `about` text), measured
// from the street's own history rather than written in code: how long the entries that got there took from
// the first milestone to the one the programme celebrates (its last, without one).
import type { EntityWords } from '../data/programmeWords.ts';
import type { ReportConfig, SnapshotRow } from '../data/types.ts';
import { formatDecimal, formatMonths } from '../format/index.ts';
import type { UiStrings } from '../i18n/uiTable.ts';
import { stepTimes } from '../stats/stepTimes.ts';

/**
 * `在西村街，从“成立筹备组”到“投入使用”通常需要约18个月：中间一半的楼栋用了14到24个月（根据已经走完的40栋楼）。`;
 * undefined while too few entries have made the whole way for a typical time to mean anything.
 */
export function journeySentence(
  report: Pick<ReportConfig, 'street' | 'milestones' | 'celebrate'>,
  rows: Iterable<SnapshotRow>,
  words: Pick<EntityWords, 'noun' | 'counter' | 'item'>,
  text: Pick<UiStrings['figures'], 'journey'>,
): string | undefined {
  const [first] = report.milestones;
  const goal = report.milestones.find((m) => m.key === report.celebrate[0]) ?? report.milestones.at(-1);
  if (!first || !goal || goal === first) return undefined;
  const time = stepTimes(rows, [first.key, goal.key]).get(first.key);
  if (time?.median === undefined || time.p25 === undefined || time.p75 === undefined) return undefined;
  return text.journey(
    report.street,
    first.label,
    goal.label,
    formatMonths(time.median),
    formatDecimal(time.p25, 1),
    formatMonths(time.p75),
    words.noun,
    time.count,
    words.counter,
    words.item,
  );
}
