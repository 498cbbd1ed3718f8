import { describe, expect, it } from 'vitest';
import { MILESTONE_KEYS, makeRow } from '../../tests/factories.ts';
import { inProgress, stageOf, stepsTaken } from './stage.ts';
import { emptyFigures } from './figures.ts';
import { NO_STAGE } from './types.ts';

describe('stageOf', () => {
  it('is NO_STAGE without a row or without dates', () => {
    expect(stageOf(undefined, MILESTONE_KEYS)).toBe(NO_STAGE);
    expect(stageOf(makeRow(), MILESTONE_KEYS)).toBe(NO_STAGE);
  });

  it('is the last milestone reached in report order', () => {
    const row = makeRow({
      dates: { group_formed: '2025-01-02', consent: '2025-03-04', permit: '2025-05-06' },
    });
    expect(stageOf(row, MILESTONE_KEYS)).toBe('permit');
  });

  it('ignores dates for keys the report does not define', () => {
    const row = makeRow({ dates: { group_formed: '2025-01-02', other: '2025-02-02' } });
    expect(stageOf(row, MILESTONE_KEYS)).toBe('group_formed');
  });
});

describe('stepsTaken', () => {
  const milestones = [{ key: 'a' }, { key: 'b', optional: true }, { key: 'c' }, { key: 'd' }];
  const keys = (dates: Record<string, string>): string[] => stepsTaken(milestones, dates).map((m) => m.key);

  it('drops a step skipped on the way, keeps the steps still ahead', () => {
    expect(keys({ a: '2025-01-02', c: '2025-03-04' })).toEqual(['a', 'c', 'd']);
    expect(keys({ a: '2025-01-02', b: '2025-02-02' })).toEqual(['a', 'b', 'c', 'd']);
    expect(keys({})).toEqual(['a', 'b', 'c', 'd']);
    // Only an optional step is ever skipped; a required one without a date stays listed.
    expect(keys({ c: '2025-03-04' })).toEqual(['a', 'c', 'd']);
  });
});

describe('inProgress', () => {
  it('reads the stage count, 0 when absent', () => {
    const figures = emptyFigures('2025-09', MILESTONE_KEYS, { buildings: 0, eligible: 0, residents: 0 });
    figures.stages['construction'] = 40;
    expect(inProgress(figures, 'construction')).toBe(40);
    expect(inProgress(figures, 'permit')).toBe(0);
  });
});
