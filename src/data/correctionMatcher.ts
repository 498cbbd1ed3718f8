// Corrections looked up by the change they document: month, building, field, old and new value.
import { error, warning } from './problem.ts';
import type { Correction, Problem } from './types.ts';

const keyOf = (month: string, buildingId: string, field: string): string => `${month}|${buildingId}|${field}`;

/** A change found in the data: the value of `field` went from `oldValue` to `newValue` in `month`. */
export interface Change {
  month: string;
  buildingId: string;
  field: string;
  oldValue: string;
  newValue: string;
}

export class CorrectionMatcher {
  readonly #byKey = new Map<string, Correction[]>();
  readonly #used = new Set<Correction>();

  constructor(corrections: readonly Correction[]) {
    for (const c of corrections) {
      const key = keyOf(c.month, c.buildingId, c.field);
      this.#byKey.set(key, [...(this.#byKey.get(key) ?? []), c]);
    }
  }

  /**
   * The correction documenting `change` (marked used), if any. A `row` correction documents a removal
   * when its new_value is empty, an addition otherwise.
   */
  match(change: Change): Correction | undefined {
    const found = (this.#byKey.get(keyOf(change.month, change.buildingId, change.field)) ?? []).find(
      (c) =>
        change.field === 'row'
          ? (c.newValue === '') === (change.newValue === '')
          : c.oldValue === change.oldValue && c.newValue === change.newValue,
    );
    if (found) this.#used.add(found);
    return found;
  }

  /** Corrections for the same month, building and field whose values differ from `change`. */
  near(change: Change): Correction[] {
    return this.#byKey.get(keyOf(change.month, change.buildingId, change.field)) ?? [];
  }

  /** Mark a correction used by a check that matches it another way (the registry history). */
  use(correction: Correction): void {
    this.#used.add(correction);
  }

  isUsed(correction: Correction): boolean {
    return this.#used.has(correction);
  }
}

/** How to write the correction row that documents `change`, for messages. */
export function correctionHint(change: Change, lead = '如属更正，'): string {
  const cell = (v: string): string => (v === '' ? '（留空）' : v);
  return (
    `${lead}请在 corrections.csv 中登记一行：month=${change.month}, building_id=${change.buildingId}, ` +
    `field=${change.field}, old_value=${cell(change.oldValue)}, new_value=${cell(change.newValue)}，并写明 date 和 reason`
  );
}

/** What a near-miss correction says instead, for messages. */
export function nearMissNote(near: readonly Correction[]): string {
  if (near.length === 0) return '';
  const c = near[0];
  if (!c) return '';
  return `（corrections.csv 第 ${c.line} 行登记的是 ${c.oldValue || '（空）'} → ${c.newValue || '（空）'}，与数据不符）`;
}

/**
 * Corrections no check matched: a warning while only the data directory is compared (one may document
 * a change to the published site only), an error where the published site is compared too.
 */
export function unusedCorrections(
  corrections: readonly Correction[],
  matcher: CorrectionMatcher,
  file: string,
  severity: 'warning' | 'error',
): Problem[] {
  const make = severity === 'error' ? error : warning;
  return corrections
    .filter((c) => !matcher.isUsed(c))
    .map((c) => {
      const { month, buildingId, field, oldValue, newValue } = c;
      const where = severity === 'error' ? '数据和已发布的网站中都没有' : '数据中没有';
      return make(file, { line: c.line, column: 1 }, 'correction.unused', `这条更正没有用上：${where} ${month} ${buildingId} 的 ${field} 从 ${oldValue || '（空）'} 改成 ${newValue || '（空）'} 的变化：更正只说明它记录的那一处改动，不能为别的改动放行；请核对 month、building_id、field、old_value、new_value，或删除这一行`);
    });
}
