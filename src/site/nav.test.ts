import { describe, expect, it } from 'vitest';
import { nav } from '../i18n/zh-CN/nav.ts';
import { currentNav, navItems } from './nav.ts';

const NAV = navItems('楼栋', nav);

describe('currentNav', () => {
  it('marks home only on the home page', () => {
    expect(currentNav('/', NAV)?.label).toBe('首页');
    expect(currentNav('/reports/2025-09/', NAV)).toBeUndefined();
  });
  it('matches sections by prefix, with or without a trailing slash', () => {
    expect(currentNav('/buildings/xiwandong-001/', NAV)?.label).toBe('楼栋');
    expect(currentNav('/communities/xiwan', NAV)?.label).toBe('社区');
    expect(currentNav('/data/', NAV)?.label).toBe('数据');
    expect(currentNav('/guide/', NAV)?.label).toBe('办事指南');
  });
  it('names the tracked things with the programme’s noun', () => {
    expect(currentNav('/buildings/nanyuan-001/', navItems('小区', nav))?.label).toBe('小区');
  });
});
