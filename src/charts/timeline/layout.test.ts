import { describe, expect, it } from 'vitest';
import { makeMilestones } from '../../../tests/factories.ts';
import { layoutTimeline } from './layout.ts';
import { charts } from '../../i18n/zh-CN/charts.ts';

const milestones = makeMilestones();

describe('layoutTimeline', () => {
  const layout = layoutTimeline({
    address: '西1号',
    milestones,
    dates: { group_formed: '2024-01-10', consent: '2024-01-20', notice: '2024-12-01' },
    text: charts,
  });

  it('lists reached milestones first, then pending ones', () => {
    expect(layout.entries.map((e) => e.reached)).toEqual([true, true, true, false, false, false, false]);
    expect(layout.entries[0]?.dateText).toBe('2024年1月10日');
    expect(layout.entries[3]?.dateText).toBe('尚未完成');
  });

  it('keeps entries at least a line pair apart and spaces longer waits further', () => {
    const ys = layout.entries.map((e) => e.y);
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(46);
    expect(ys[2]! - ys[1]!).toBeGreaterThan(ys[1]! - ys[0]!);
  });

  it('draws the axis solid over reached and dashed over pending milestones', () => {
    expect(layout.solid).toEqual({ y1: layout.entries[0]!.y, y2: layout.entries[2]!.y });
    expect(layout.dashed?.y2).toBe(layout.entries.at(-1)?.y);
  });

  it('summarises the latest step and the next one', () => {
    expect(layout.summary).toBe(
      '西1号已完成7个步骤中的3个，最近一步是2024年12月1日「批前公示」，下一步是「规划许可」。',
    );
  });

  it('handles a building with nothing reached yet', () => {
    const empty = layoutTimeline({ address: '东1号', milestones, dates: {}, text: charts });
    expect(empty.solid).toBeUndefined();
    expect(empty.summary).toBe('东1号还没有完成任何步骤，下一步是「成立筹备组」。');
  });

  it('leaves out an optional step the building skipped, and never names it as next', () => {
    const withOptional = [
      { key: 'survey', label: '摸底排查' },
      { key: 'pipes', label: '管线迁改', optional: true },
      { key: 'works', label: '开工整治' },
    ];
    const skipped = layoutTimeline({
      address: '竹丝巷',
      milestones: withOptional,
      dates: { survey: '2026-04-10', works: '2026-06-29' },
      text: charts,
    });
    expect(skipped.entries.map((e) => e.label)).toEqual(['摸底排查', '开工整治']);
    expect(skipped.summary).toBe(
      '竹丝巷已完成2个步骤中的2个，最近一步是2026年6月29日「开工整治」，全部步骤已完成。',
    );
    // Not yet past it: the optional step may still come, so it stays on the timeline.
    const before = layoutTimeline({
      address: '竹丝巷',
      milestones: withOptional,
      dates: { survey: '2026-04-10' },
      text: charts,
    });
    expect(before.entries.map((e) => e.label)).toEqual(['摸底排查', '管线迁改', '开工整治']);
  });
});
