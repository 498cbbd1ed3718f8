import { describe, expect, it } from 'vitest';
import {
  formatApproxPeople,
  formatCount,
  formatDecimal,
  formatInteger,
  formatMonths,
  formatNumber,
  formatPeople,
  formatPercent,
  formatRatio,
  formatSignedDelta,
  formatYuan,
  roundTo,
} from './numbers.ts';

const M = '\u2212';

describe('roundTo', () => {
  it('rounds half away from zero without binary noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.3685, 3)).toBe(0.369);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
  });
});

describe('formatInteger / formatNumber', () => {
  it('groups from five digits in zh-CN, four in en', () => {
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(56)).toBe('56');
    expect(formatInteger(1234)).toBe('1234');
    expect(formatInteger(10553)).toBe('10,553');
    expect(formatInteger(1234567)).toBe('1,234,567');
    expect(formatInteger(1234, 'en')).toBe('1,234');
    expect(formatInteger(999, 'en')).toBe('999');
  });

  it('rounds and signs with U+2212, never −0', () => {
    expect(formatInteger(2.5)).toBe('3');
    expect(formatInteger(-12345.6)).toBe(`${M}12,346`);
    expect(formatInteger(-0.4)).toBe('0');
    expect(formatNumber(3.14159, 2)).toBe('3.14');
    expect(formatNumber(12345.5, 1)).toBe('12,345.5');
    expect(formatNumber(2, 2)).toBe('2.00');
  });

  it('shows — for missing or non-finite values', () => {
    for (const bad of [undefined, null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatInteger(bad)).toBe('—');
      expect(formatCount(bad, '栋')).toBe('—');
      expect(formatPercent(bad)).toBe('—');
      expect(formatYuan(bad)).toBe('—');
      expect(formatMonths(bad)).toBe('—');
      expect(formatSignedDelta(bad)).toBe('—');
      expect(formatApproxPeople(bad)).toBe('—');
    }
  });

  it('drops trailing zeros in formatDecimal', () => {
    expect(formatDecimal(4.5)).toBe('4.5');
    expect(formatDecimal(4.04)).toBe('4');
    expect(formatDecimal(10)).toBe('10');
    expect(formatDecimal(12.345, 2)).toBe('12.35');
  });
});

describe('formatCount / formatPeople', () => {
  it('attaches the measure word', () => {
    expect(formatCount(56, '栋')).toBe('56栋');
    expect(formatCount(0, '栋')).toBe('0栋');
    expect(formatCount(10000, '栋')).toBe('10,000栋');
    expect(formatCount(28, '户')).toBe('28户');
    expect(formatPeople(10086)).toBe('10,086人');
  });

  it('speaks English units with plurals', () => {
    expect(formatCount(56, '栋', 'en')).toBe('56 buildings');
    expect(formatCount(1, '栋', 'en')).toBe('1 building');
    expect(formatPeople(10086, 'en')).toBe('10,086 people');
    expect(formatCount(3, '台', 'en')).toBe('3 台');
  });
});

describe('formatApproxPeople', () => {
  it('rounds to 万 above ten thousand, two significant figures below', () => {
    expect(formatApproxPeople(10086)).toBe('约1万人');
    expect(formatApproxPeople(12600)).toBe('约1.3万人');
    expect(formatApproxPeople(9960)).toBe('约1万人');
    expect(formatApproxPeople(9500)).toBe('约9500人');
    expect(formatApproxPeople(8634)).toBe('约8600人');
    expect(formatApproxPeople(60553)).toBe('约6.1万人');
    expect(formatApproxPeople(86)).toBe('86人');
    expect(formatApproxPeople(0)).toBe('0人');
  });

  it('in English', () => {
    expect(formatApproxPeople(10086, 'en')).toBe('about 10,000 people');
    expect(formatApproxPeople(8634, 'en')).toBe('about 8,600 people');
  });
});

describe('formatYuan', () => {
  it('uses 万 and 亿 with up to two decimals', () => {
    expect(formatYuan(100000)).toBe('10万元');
    expect(formatYuan(2500000)).toBe('250万元');
    expect(formatYuan(125000)).toBe('12.5万元');
    expect(formatYuan(1234567)).toBe('123.46万元');
    expect(formatYuan(120000000)).toBe('1.2亿元');
    expect(formatYuan(5000)).toBe('5000元');
    expect(formatYuan(0)).toBe('0元');
    expect(formatYuan(-100000)).toBe(`${M}10万元`);
  });

  it('in English', () => {
    expect(formatYuan(100000, 'en')).toBe('¥100,000');
    expect(formatYuan(-5000, 'en')).toBe(`${M}¥5,000`);
  });
});

describe('formatPercent / formatRatio', () => {
  it('formats ratios as percents with fixed decimals', () => {
    expect(formatPercent(0.3684)).toBe('36.8%');
    expect(formatPercent(0.3684, 0)).toBe('37%');
    expect(formatPercent(1.01)).toBe('101.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(0.07, 2)).toBe('7.00%');
    expect(formatPercent(-0.05)).toBe(`${M}5.0%`);
  });

  it('formats value / target', () => {
    expect(formatRatio(101, 100)).toBe('101 / 100');
    expect(formatRatio(10086, 10000)).toBe('10,086 / 10,000');
    expect(formatRatio(1, undefined)).toBe('—');
  });
});

describe('formatSignedDelta', () => {
  it('signs positive and negative changes, zero bare', () => {
    expect(formatSignedDelta(3)).toBe('+3');
    expect(formatSignedDelta(-2)).toBe(`${M}2`);
    expect(formatSignedDelta(0)).toBe('0');
    expect(formatSignedDelta(0.04, 1)).toBe('0.0');
    expect(formatSignedDelta(12345)).toBe('+12,345');
    expect(formatSignedDelta(1.25, 1)).toBe('+1.3');
  });
});

describe('formatMonths', () => {
  it('shows up to one decimal', () => {
    expect(formatMonths(4.5)).toBe('4.5个月');
    expect(formatMonths(4)).toBe('4个月');
    expect(formatMonths(3.96)).toBe('4个月');
    expect(formatMonths(0)).toBe('0个月');
    expect(formatMonths(4.5, 'en')).toBe('4.5 months');
    expect(formatMonths(1, 'en')).toBe('1 month');
  });
});
