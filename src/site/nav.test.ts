import { describe, expect, it } from 'vitest';
import { currentNav } from './nav.ts';

describe('currentNav', () => {
  it('marks home only on the home page', () => {
    expect(currentNav('/')?.label).toBe('首页');
    expect(currentNav('/reports/2025-09/')).toBeUndefined();
  });
  it('matches sections by prefix, with or without a trailing slash', () => {
    expect(currentNav('/buildings/xiwandong-001/')?.label).toBe('楼栋');
    expect(currentNav('/communities/xiwan')?.label).toBe('社区');
    expect(currentNav('/data/')?.label).toBe('数据');
    expect(currentNav('/guide/')?.label).toBe('办事指南');
  });
});
