import { describe, expect, it } from 'vitest';
import {
  MILESTONE_KEYS,
  makeBuilding,
  makeCommunity,
  makeDataset,
  makeRow,
  makeSnapshot,
} from '../../tests/factories.ts';
import type { Building, Snapshot, SnapshotRow } from '../data/types.ts';
import { computeStats } from './computeStats.ts';
import { addMonths } from './months.ts';
import { NO_STAGE } from './types.ts';

function smallDataset() {
  return makeDataset({
    communities: [makeCommunity({ id: 'c1' }), makeCommunity({ id: 'c2', name: '二社区' })],
    buildings: [
      makeBuilding({ id: 'a', communityId: 'c1', residents: 200 }),
      makeBuilding({ id: 'b', communityId: 'c1', residents: 100 }),
      makeBuilding({ id: 'c', communityId: 'c2', residents: 120 }),
      makeBuilding({
        id: 'n',
        communityId: 'c2',
        residents: 80,
        eligible: false,
        ineligibleReason: '楼高不足',
      }),
    ],
    snapshots: [
      makeSnapshot('2025-01', [
        makeRow({ buildingId: 'a', dates: { group_formed: '2024-10-01', consent: '2025-01-10' } }),
        makeRow({ buildingId: 'b', dates: { group_formed: '2025-01-20' } }),
      ]),
      makeSnapshot('2025-02', [
        makeRow({
          buildingId: 'a',
          dates: {
            group_formed: '2024-10-01',
            consent: '2025-01-10',
            notice: '2025-02-02',
            permit: '2025-02-25',
          },
        }),
        makeRow({ buildingId: 'b', status: 'withdrawn', dates: { group_formed: '2025-01-20' } }),
        makeRow({ buildingId: 'c', dates: { group_formed: '2025-02-14' } }),
      ]),
    ],
  });
}

describe('computeStats', () => {
  const stats = computeStats(smallDataset());

  it('lists months and the latest month', () => {
    expect(stats.months).toEqual(['2025-01', '2025-02']);
    expect(stats.latestMonth).toBe('2025-02');
  });

  it('computes street figures, series, goals, gaps and forecast', () => {
    const { street } = stats;
    expect(street.scope).toEqual({ kind: 'street' });
    expect(street.series.map((f) => f.month)).toEqual(['2025-01', '2025-02']);
    expect(street.latest).toBe(street.series[1]);
    expect(street.latest).toMatchObject({ buildings: 4, eligible: 3, residents: 500 });
    expect(street.latest.reached).toMatchObject({ group_formed: 3, consent: 1, permit: 1, in_service: 0 });
    expect(street.latest.newThisMonth).toMatchObject({ group_formed: 1, notice: 1, permit: 1 });
    expect(street.goals.map((g) => [g.goal.key, g.value, g.ratio])).toEqual([
      ['permits', 1, 0.25],
      ['residents', 200, 0.5],
    ]);
    expect(street.medianGaps[0]).toEqual({ from: 'group_formed', to: 'consent', months: 3.3, count: 1 });
    // a and c remain; b is withdrawn, n ineligible. No one in service yet → no pace.
    expect(street.forecast).toEqual({
      milestone: 'in_service',
      remaining: 2,
      pacePerMonth: 0,
      windowMonths: 1,
      month: undefined,
    });
  });

  it('computes every community', () => {
    expect(Object.keys(stats.communities)).toEqual(['c1', 'c2']);
    expect(stats.communities['c1']?.scope).toEqual({ kind: 'community', id: 'c1' });
    expect(stats.communities['c1']?.latest.reached).toMatchObject({ group_formed: 2, permit: 1 });
    expect(stats.communities['c2']?.latest).toMatchObject({ buildings: 2, eligible: 1, residents: 200 });
    expect(stats.communities['c2']?.forecast.remaining).toBe(1);
  });

  it('has a state for every registry building, ineligible ones included', () => {
    expect(Object.keys(stats.buildings).sort()).toEqual(['a', 'b', 'c', 'n']);
    expect(stats.buildings['a']).toMatchObject({
      stage: 'permit',
      firstSeen: { group_formed: '2025-01', consent: '2025-01', notice: '2025-02', permit: '2025-02' },
    });
    expect(stats.buildings['a']?.community.id).toBe('c1');
    expect(stats.buildings['n']).toMatchObject({ row: undefined, stage: NO_STAGE, firstSeen: {} });
  });

  it('has changes for every month', () => {
    expect(Object.keys(stats.changesByMonth)).toEqual(['2025-01', '2025-02']);
    expect(stats.changesByMonth['2025-01']?.added).toEqual(['a', 'b']);
    expect(stats.changesByMonth['2025-02']?.statusChanges).toEqual([
      { buildingId: 'b', from: 'active', to: 'withdrawn' },
    ]);
  });

  it('accepts another forecast milestone and window', () => {
    const s = computeStats(smallDataset(), { forecastMilestone: 'group_formed', forecastWindow: 1 });
    expect(s.street.forecast).toEqual({
      milestone: 'group_formed',
      remaining: 0,
      pacePerMonth: 1,
      windowMonths: 1,
      month: '2025-02',
    });
  });

  it('refuses a dataset without snapshots', () => {
    expect(() => computeStats(makeDataset())).toThrow(/at least one snapshot/);
  });
});

describe('computeStats at scale', () => {
  it('handles 10,000 buildings × 24 months with consistent totals', () => {
    const BUILDINGS = 10_000;
    const MONTHS = 24;
    const communities = Array.from({ length: 10 }, (_, c) =>
      makeCommunity({ id: `c${c}`, name: `社区${c}` }),
    );
    const buildings: Building[] = Array.from({ length: BUILDINGS }, (_, i) =>
      makeBuilding({
        id: `s${i}`,
        communityId: `c${i % 10}`,
        residents: 50 + (i % 70),
        eligible: i % 7 !== 0,
      }),
    );
    const months = Array.from({ length: MONTHS }, (_, m) => addMonths('2024-01', m));
    // Building i starts in month i % 20 and reaches one more milestone every two months.
    const snapshots: Snapshot[] = months.map((month, m) => {
      const rows: SnapshotRow[] = [];
      for (const [i, b] of buildings.entries()) {
        if (!b.eligible) continue;
        const dates: Record<string, string> = {};
        MILESTONE_KEYS.forEach((key, j) => {
          const at = (i % 20) + 2 * j;
          if (at <= m) dates[key] = `${months[at] ?? month}-${String(1 + (i % 28)).padStart(2, '0')}`;
        });
        rows.push(makeRow({ buildingId: b.id, status: i % 97 === 0 ? 'paused' : 'active', dates }));
      }
      return makeSnapshot(month, rows);
    });

    const stats = computeStats(makeDataset({ communities, buildings, snapshots }));

    expect(Object.keys(stats.buildings)).toHaveLength(BUILDINGS);
    expect(stats.street.series).toHaveLength(MONTHS);
    const tracked = buildings.filter((b) => b.eligible).length;
    for (const [m, figures] of stats.street.series.entries()) {
      expect(Object.values(figures.stages).reduce((s, n) => s + n, 0)).toBe(tracked);
      for (const key of MILESTONE_KEYS) {
        const byCommunity = Object.values(stats.communities).reduce(
          (s, c) => s + (c.series[m]?.reached[key] ?? 0),
          0,
        );
        expect(byCommunity).toBe(figures.reached[key]);
        const previous = stats.street.series[m - 1];
        if (previous)
          expect(figures.reached[key]).toBe((previous.reached[key] ?? 0) + (figures.newThisMonth[key] ?? 0));
      }
      const changes = stats.changesByMonth[figures.month];
      const newTotal = Object.values(figures.newThisMonth).reduce((s, n) => s + n, 0);
      expect(changes?.reached).toHaveLength(newTotal);
    }
    expect(stats.street.latest.reached['group_formed']).toBe(tracked);
    expect(stats.street.forecast.month).toBeDefined();
  });
});
