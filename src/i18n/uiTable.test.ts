import { describe, expect, it } from 'vitest';
import { missingUiKeys, UI_TABLES, uiFor, uiTableProblem } from './uiTable.ts';
import { zhCN } from './zh-CN/index.ts';

describe('the interface tables', () => {
  it('has a complete zh-CN table, with every section filled', () => {
    expect(missingUiKeys(UI_TABLES['zh-CN'])).toEqual([]);
    expect(uiTableProblem('zh-CN')).toBeUndefined();
    for (const [name, section] of Object.entries(zhCN)) expect(Object.keys(section), name).not.toEqual([]);
    expect(uiFor('zh-CN')).toBe(zhCN);
  });

  it('names the entries a half-written table lacks, and refuses that locale', () => {
    const half = { ...zhCN, nav: { ...zhCN.nav, home: undefined }, footer: undefined };
    const missing = missingUiKeys(half);
    expect(missing).toContain('nav.home');
    expect(missing.filter((k) => k.startsWith('footer.'))).toHaveLength(Object.keys(zhCN.footer).length);
    const problem = uiTableProblem('en', { 'zh-CN': zhCN, en: half });
    expect(problem).toMatch(/^locale "en" 的界面文字表不完整：缺 \d+ 项（nav\.home/);
    expect(problem).toContain('或改为 "zh-CN"');
  });

  it('refuses a locale without a table, and a sentence given as plain text', () => {
    expect(uiTableProblem('fr')).toMatch(/^locale "fr" 没有界面文字表.*请改为 "zh-CN"/);
    expect(() => uiFor('fr')).toThrow(/没有界面文字表/);
    const sentence = Object.entries(zhCN).flatMap(([section, entries]) =>
      Object.entries(entries)
        .filter(([, v]) => typeof v === 'function')
        .map(([k]) => [section, k] as const),
    )[0];
    if (sentence === undefined) throw new Error('the table has no sentence with values yet');
    const [section, key] = sentence;
    const sections = zhCN as unknown as Record<string, Record<string, unknown>>;
    const flat = { ...sections, [section]: { ...sections[section], [key]: 'text' } };
    expect(missingUiKeys(flat)).toEqual([`${section}.${key}`]);
  });

  it('composes one entry from the programme words with the locale grammar', () => {
    expect(zhCN.common.thisItem({ counter: '栋', item: '楼' })).toBe('这栋楼');
    // A community written in full (桂香社区) is not suffixed twice on pages, the guide or posters.
    for (const name of [zhCN.community.name, zhCN.guide.community, zhCN.posters.communityName]) {
      expect(name('西湾')).toBe('西湾社区');
      expect(name('桂香社区')).toBe('桂香社区');
    }
    expect(zhCN.whatNext.notStarted({ counter: '个', item: '小区' }, '尚未方案征询')).toBe(
      '这个小区尚未方案征询。',
    );
  });
});
