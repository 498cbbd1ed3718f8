import { describe, expect, it } from 'vitest';
import { addressAliases, chineseNumeral, parseChineseNumeral } from './addressAliases.ts';

/** Xicun's report.json `addressVariants`. */
const XICUN_VARIANTS = [['大岗元', '大岗园']] as const;

describe('chineseNumeral', () => {
  it('reads numbers the way addresses are said', () => {
    expect([0, 1, 9, 10, 11, 20, 32, 100, 105, 110, 121, 1001, 2020].map(chineseNumeral)).toEqual([
      '零',
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '三十二',
      '一百',
      '一百零五',
      '一百一十',
      '一百二十一',
      '一千零一',
      '二千零二十',
    ]);
  });
  it('reads very large numbers digit by digit', () => {
    expect(chineseNumeral(10203)).toBe('一零二零三');
  });
});

describe('parseChineseNumeral', () => {
  it('is the inverse of chineseNumeral', () => {
    for (const n of [1, 9, 10, 11, 20, 32, 100, 105, 110, 121, 1001, 2020])
      expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
  });
  it('accepts 两, 〇 and digit-by-digit numerals; rejects other text', () => {
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('二三')).toBe(23);
    expect(parseChineseNumeral('一〇五')).toBe(105);
    expect(parseChineseNumeral('西湾')).toBeUndefined();
  });
});

describe('addressAliases', () => {
  it('writes house numbers in Chinese numerals and full-width digits', () => {
    const aliases = addressAliases('西湾东1号');
    expect(aliases).toContain('西湾东一号');
    expect(aliases).toContain('西湾东１号');
    expect(aliases).not.toContain('西湾东1号');
  });
  it('writes Chinese street numerals as digits, and digits as Chinese', () => {
    const aliases = addressAliases('西湾东二街11号之3');
    expect(aliases).toContain('西湾东2街11号之3');
    expect(aliases).toContain('西湾东二街十一号之三');
    expect(aliases).toContain('西湾东2街11-3号');
  });
  it('adds the other spelling of a place name, with every number form', () => {
    const aliases = addressAliases('大岗元北38号', XICUN_VARIANTS);
    expect(aliases).toEqual(
      expect.arrayContaining(['大岗园北38号', '大岗园北三十八号', '大岗元北三十八号', '大岗园北３８号']),
    );
    expect(addressAliases('大岗园北38号', XICUN_VARIANTS)).toContain('大岗元北38号');
    expect(addressAliases('大岗元北38号')).not.toContain('大岗园北38号');
  });
  it('writes 号之 numbers the short way', () => {
    expect(addressAliases('西湾东32号之1')).toContain('西湾东32-1号');
  });
  it('reads a full-width address as ASCII digits', () => {
    expect(addressAliases('西湾东１号')).toContain('西湾东1号');
  });
  it('has no duplicates and nothing for an address without numbers or variants', () => {
    const aliases = addressAliases('西湾路121号');
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(addressAliases('广雅新村')).toEqual([]);
  });
});
