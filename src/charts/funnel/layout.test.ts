import { describe, expect, it } from 'vitest';
import { ELEVATOR_ENTITY } from '../../data/programmeWords.ts';
import { compareGolden } from '../../../tests/goldenSvg.ts';
import { makeMilestones } from '../../../tests/factories.ts';
import { toSvgString } from '../svg.ts';
import { layoutFunnel, type FunnelInput } from './layout.ts';
import { funnelScene } from './scene.ts';
import { charts } from '../../i18n/zh-CN/charts.ts';

const input: FunnelInput = {
  scopeName: '测试街',
  words: ELEVATOR_ENTITY,
  text: charts,
  eligible: 10,
  reached: { group_formed: 8, consent: 6, notice: 5, permit: 5, construction: 4, in_service: 2, subsidy: 1 },
  milestones: makeMilestones(),
};

describe('layoutFunnel', () => {
  const layout = layoutFunnel(input, 300);

  it('puts eligible first, then every milestone in order', () => {
    expect(layout.rows.map((r) => r.key)).toEqual(['eligible', ...makeMilestones().map((m) => m.key)]);
  });

  it('scales bars to the largest value', () => {
    expect(layout.rows[0]?.barWidth).toBe(300);
    expect(layout.rows[1]?.barWidth).toBe(240);
    expect(layout.rows.at(-1)?.barWidth).toBe(30);
  });

  it('labels values with counts and shares of eligible', () => {
    expect(layout.rows[0]?.valueText).toBe('10栋');
    expect(layout.rows[1]?.valueText).toBe('8栋 · 80%');
  });

  it('stacks rows without overlap and fits the height', () => {
    const ys = layout.rows.map((r) => r.barY);
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!).toBeGreaterThan(layout.barHeight + 16);
    expect(layout.rows.at(-1)!.barY + layout.barHeight).toBeLessThanOrEqual(layout.height);
  });

  it('summarises in one sentence computed from the data', () => {
    expect(layout.summary).toBe(
      '测试街符合条件的10栋楼中，8栋（80%）已完成「成立筹备组」，2栋（20%）已完成「投入使用」，1栋（10%）已完成「补贴拨付」。',
    );
  });

  it('survives no eligible buildings', () => {
    const empty = layoutFunnel({ ...input, eligible: 0, reached: {} });
    expect(empty.rows.every((r) => r.barWidth === 0)).toBe(true);
    expect(empty.summary).not.toMatch(/NaN|Infinity/);
  });

  it('matches the golden SVG', () => {
    expect(compareGolden('funnel', toSvgString(funnelScene(layout, 'f', '进展漏斗')))).toBeUndefined();
  });
});
