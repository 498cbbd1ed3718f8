import { describe, expect, it } from 'vitest';
import { spokenSummary } from './spokenSummary.ts';
import { figures as text } from '../i18n/zh-CN/figures.ts';

describe('spokenSummary', () => {
  it('reads the title, the month and each figure with its label', () => {
    const figures = [
      { key: 'in_service', value: '56栋', label: '电梯已投入使用' },
      { key: 'construction', value: '40栋', label: '正在施工' },
    ];
    expect(spokenSummary('西村街', '2025年9月', figures, text)).toBe(
      '西村街。截至2025年9月底：电梯已投入使用56栋，正在施工40栋。',
    );
    expect(spokenSummary('西村街', '2025年9月', [], text)).toBe('西村街。截至2025年9月底。');
  });
});
