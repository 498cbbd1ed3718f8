import { describe, expect, it } from 'vitest';
import { searchPage } from '../i18n/zh-CN/searchPage.ts';
import { searchHints } from './searchHints.ts';

describe('searchHints', () => {
  it('gives a whole address, another street and a house number', () => {
    expect(searchHints(['西湾东1号', '西湾东3号', '大岗元北32号'], searchPage)).toEqual([
      '西湾东1号',
      '大岗元北',
      '3号',
    ]);
  });
  it('falls back to whole names when addresses have no numbers', () => {
    expect(searchHints(['和平小区', '幸福小区', '建设小区'], searchPage)).toEqual(['和平小区', '幸福小区']);
  });
  it('gives nothing for no addresses', () => {
    expect(searchHints([], searchPage)).toEqual([]);
  });
});

describe('searchHints with another house-number ending', () => {
  it('finds house numbers by the ending the table gives', () => {
    expect(searchHints(['西湾1番', '东湾3番'], { houseNumberSuffix: '番' })).toEqual([
      '西湾1番',
      '东湾',
      '3番',
    ]);
  });
});
