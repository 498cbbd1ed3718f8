import { describe, expect, it } from 'vitest';
import { MILESTONE_KEYS } from '../../tests/factories.ts';
import type { Goal } from '../data/types.ts';
import { emptyFigures } from './figures.ts';
import { goalProgress } from './goals.ts';

const permits: Goal = {
  key: 'permits',
  label: '百梯',
  milestone: 'permit',
  measure: 'buildings',
  target: 100,
};
const people: Goal = {
  key: 'people',
  label: '万人',
  milestone: 'permit',
  measure: 'residents',
  target: 10_000,
};

describe('goalProgress', () => {
  const figures = emptyFigures('2025-09', MILESTONE_KEYS, {
    buildings: 318,
    eligible: 152,
    residents: 30_000,
  });
  figures.reached['permit'] = 101;
  figures.residentsReached['permit'] = 10_086;

  it('measures buildings and residents, ratio not capped', () => {
    const [a, b] = goalProgress([permits, people], figures);
    expect(a).toEqual({ goal: permits, value: 101, target: 100, ratio: 1.01 });
    expect(b).toEqual({ goal: people, value: 10_086, target: 10_000, ratio: 1.0086 });
  });

  it('reads 0 for an unknown milestone and a zero target', () => {
    const odd: Goal = { ...permits, milestone: 'nope', target: 0 };
    expect(goalProgress([odd], figures)).toEqual([{ goal: odd, value: 0, target: 0, ratio: 0 }]);
  });
});
