import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, t } from './i18n.ts';

describe('t', () => {
  it('looks up both locales, zh-CN by default', () => {
    expect(t('inService')).toBe('已投入使用');
    expect(t('inService', 'en')).toBe('In service');
  });

  it('fills placeholders', () => {
    expect(t('dataAsOf', 'zh-CN', { month: '2025年9月' })).toBe('数据截至2025年9月');
    expect(t('celebrateInService', 'zh-CN', { address: '西湾东1号' })).toBe('西湾东1号 电梯落成启用了！');
    expect(t('ofEligible', 'en', { count: '152' })).toBe('of 152 eligible');
  });

  it('throws when a placeholder is missing', () => {
    expect(() => t('dataAsOf')).toThrow(/\{month\}/);
  });

  it('has a non-empty string for every key in every locale, with the same placeholders', () => {
    const self = { month: '{month}', count: '{count}', address: '{address}' };
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of MESSAGE_KEYS) {
      const zh = t(key, 'zh-CN', self);
      const en = t(key, 'en', self);
      expect(zh.length).toBeGreaterThan(0);
      expect(en.length).toBeGreaterThan(0);
      expect(placeholders(zh)).toEqual(placeholders(en));
    }
  });
});
