import { describe, expect, it } from 'vitest';
import { makeMilestones, makeReport, makeRow } from '../../tests/factories.ts';
import { ELEVATOR_ENTITY } from '../data/programmeWords.ts';
import { journeySentence } from './aboutText.ts';
import { figures as text } from '../i18n/zh-CN/figures.ts';

/** A row that reached the first milestone on 1 January 2024 and the celebrated one `months` months later. */
const row = (months: number, goal = 'in_service') =>
  makeRow({
    dates: { group_formed: '2024-01-01', [goal]: `2024-${String(1 + months).padStart(2, '0')}-01` },
  });

describe('journeySentence', () => {
  it('says how long the street took from the first milestone to the celebrated one', () => {
    const rows = [2, 4, 6, 8, 10].map((m) => row(m));
    expect(journeySentence(makeReport(), rows, ELEVATOR_ENTITY, text)).toBe(
      '在测试街，从“成立筹备组”到“投入使用”通常需要约6个月：中间一半的楼栋用了4到8个月（根据已经走完的5栋楼）。',
    );
  });

  it('makes no claim while too few entries have made the whole way', () => {
    const rows = [2, 4, 6, 8].map((m) => row(m));
    expect(journeySentence(makeReport(), rows, ELEVATOR_ENTITY, text)).toBeUndefined();
    expect(
      journeySentence(makeReport({ milestones: makeMilestones().slice(0, 1) }), rows, ELEVATOR_ENTITY, text),
    ).toBeUndefined();
  });

  it('measures to the last milestone without a celebrated one, in another programme’s words', () => {
    const milestones = ['consultation', 'design', 'works', 'completed'].map((key, i) => ({
      key,
      label: ['方案征询', '设计', '施工', '竣工验收'][i]!,
      description: '',
    }));
    const rows = [3, 5, 7, 9, 11].map((m) =>
      makeRow({
        dates: { consultation: '2024-01-01', completed: `2024-${String(1 + m).padStart(2, '0')}-01` },
      }),
    );
    const words = { noun: '小区', counter: '个', item: '小区' };
    expect(
      journeySentence(makeReport({ street: '示例街', milestones, celebrate: [] }), rows, words, text),
    ).toBe(
      '在示例街，从“方案征询”到“竣工验收”通常需要约7个月：中间一半的小区用了5到9个月（根据已经走完的5个小区）。',
    );
  });
});
