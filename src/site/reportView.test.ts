import { describe, expect, it } from 'vitest';
import { makeBuilding, makeCorrection, makeReport } from '../../tests/factories.ts';
import type { MonthChanges } from '../stats/types.ts';
import { correctionViews, statusChangeViews } from './reportView.ts';
import { figures as text } from '../i18n/zh-CN/figures.ts';
import { common } from '../i18n/zh-CN/common.ts';

const b = makeBuilding({ id: 'b1', address: '甲路1号' });
const changes: MonthChanges = {
  month: '2025-02',
  previous: '2025-01',
  reached: [],
  statusChanges: [
    { buildingId: 'b1', from: 'active', to: 'disputed' },
    { buildingId: 'b1', from: undefined, to: 'active' },
  ],
  added: [],
  removed: [],
  corrections: [makeCorrection()],
};

describe('report views', () => {
  it('describes status changes in words and skips first appearances', () => {
    expect(statusChangeViews(changes, () => b, text, common.statuses)).toEqual([
      { id: 'b1', address: '甲路1号', text: '正常 → 争议中' },
    ]);
  });
  it('names the corrected field and keeps date and reason', () => {
    expect(correctionViews(changes.corrections, makeReport(), () => b, text)[0]).toMatchObject({
      field: '规划许可',
      oldValue: '2025年1月10日',
      newValue: '2025年1月20日',
      date: '2025-02-05',
      reason: '录入错误，以许可证日期为准',
      late: false,
    });
  });

  it('marks a milestone with no old value as a late report, and a cleared status as a correction', () => {
    const [late, status] = correctionViews(
      [
        makeCorrection({ oldValue: '', newValue: '2025-01-03' }),
        makeCorrection({ field: 'status', oldValue: '' }),
      ],
      makeReport(),
      () => b,
      text,
    );
    expect(late).toMatchObject({ late: true, newValue: '2025年1月3日' });
    expect(status).toMatchObject({ late: false, field: '状态' });
  });
});
