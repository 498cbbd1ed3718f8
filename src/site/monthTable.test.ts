import { describe, expect, it } from 'vitest';
import { makeMilestones } from '../../tests/factories.ts';
import type { Figures } from '../stats/types.ts';
import { monthTable } from './monthTable.ts';
import { figures as text } from '../i18n/zh-CN/figures.ts';

const f = (month: string, permit: number, fresh: number): Figures => ({
  month,
  buildings: 5,
  eligible: 4,
  residents: 100,
  reached: { permit },
  residentsReached: {},
  stages: {},
  newThisMonth: { permit: fresh },
  statuses: { active: 4, paused: 0, disputed: 0, withdrawn: 0 },
});

describe('monthTable', () => {
  it('lists cumulative and new buildings per milestone', () => {
    const t = monthTable(f('2025-02', 3, 1), f('2025-01', 2, 2), makeMilestones(), '二月', text);
    expect(t.rows[0]?.cells).toEqual(['符合条件', '4', '0']);
    expect(t.rows.find((r) => r.cells[0] === '规划许可')?.cells).toEqual(['规划许可', '3', '1']);
    expect(t.head[2]).toBe('比上月增加');
  });
});
