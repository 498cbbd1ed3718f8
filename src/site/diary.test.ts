import { describe, expect, it } from 'vitest';
import { makeBuilding, makeMilestones } from '../../tests/factories.ts';
import { diaryMilestone } from './diary.ts';

const b = makeBuilding({ id: 'b9', address: '甲路9号' });

describe('diaryMilestone', () => {
  it('links to the milestone on the building page, labelled in words', () => {
    expect(diaryMilestone('permit', b, makeMilestones(), '2025-01-02')).toEqual({
      href: '/buildings/b9/#milestone-permit',
      text: '甲路9号：规划许可',
    });
  });
  it('fails on an unknown milestone, a missing building or a bad date', () => {
    expect(() => diaryMilestone('elevator', b, makeMilestones(), '2025-01-02')).toThrow(/elevator/);
    expect(() => diaryMilestone('permit', undefined, makeMilestones(), '2025-01-02')).toThrow(/building/);
    expect(() => diaryMilestone('permit', b, makeMilestones(), '2025/1/2')).toThrow(/YYYY-MM-DD/);
  });
});
