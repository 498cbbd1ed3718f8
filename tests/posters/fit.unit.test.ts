import { describe, expect, it } from 'vitest';
import { widthEm } from '../../src/posters/advance.ts';
import { fitText, fittedWidth, segments, tokenize, wrapText } from '../../src/posters/fit.ts';
import { LONG_ADDRESS } from './fixtures.ts';

describe('tokenize', () => {
  it('keeps numbers with their units and words whole, closing punctuation with what precedes it and openers with what follows', () => {
    expect(tokenize('12号之3')).toEqual(['12号之3']);
    expect(tokenize('10,067人')).toEqual(['10,067人']);
    expect(tokenize('了！（注）')).toEqual(['了！', '（注）']);
    expect(tokenize('2025年9月4日开工')).toEqual(['2025年9月4日', '开工']);
  });

  it('keeps a count with the programme’s measure word it is given', () => {
    expect(tokenize('12座', ['座'])).toEqual(['12座']);
    expect(tokenize('12座')).not.toContain('12座');
  });
});

describe('wrapText', () => {
  it('breaks lists after their separators, not inside an address', () => {
    expect(segments('投入使用 2栋：西湾东1号、西增路2号')).toEqual([
      '投入使用 ',
      '2栋：',
      '西湾东1号、',
      '西增路2号',
    ]);
    expect(wrapText('投入使用 2栋：西湾东1号、西增路2号', 12)).toEqual([
      '投入使用 2栋：',
      '西湾东1号、西增路2号',
    ]);
  });
});

describe('fitText', () => {
  const box = { width: 936, maxLines: 2, maxSize: 112, minSize: 60 };

  it('keeps a short address on one line at the largest size', () => {
    expect(fitText('西湾东1号', box)).toEqual({ fontSize: 112, lines: ['西湾东1号'], truncated: false });
  });

  it('wraps and shrinks the longest real address to fit, in balanced lines', () => {
    const fitted = fitText(LONG_ADDRESS, box);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines.join('')).toBe(LONG_ADDRESS);
    expect(fittedWidth(fitted)).toBeLessThanOrEqual(box.width);
    const [a = '', b = ''] = fitted.lines;
    expect(Math.abs(widthEm(a) - widthEm(b))).toBeLessThanOrEqual(2);
  });

  it('balances a list over two lines at its separators, never inside an address', () => {
    const news = '· 投入使用 8栋：广雅后街36号、环市西路217号之2、西增路62号之2等';
    const fitted = fitText(news, { width: 936, maxLines: 2, maxSize: 30, minSize: 22 });
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines.join('').replace(/ /g, '')).toBe(news.replace(/ /g, ''));
    expect(fitted.lines[0]).toMatch(/[、：]$/);
  });

  it('never breaks inside a number', () => {
    const fitted = fitText('10,067人 / 目标10,000人', { width: 300, maxLines: 2, maxSize: 40, minSize: 20 });
    for (const number of ['10,067', '10,000'])
      expect(fitted.lines.some((l) => l.includes(number))).toBe(true);
    expect(fittedWidth(fitted)).toBeLessThanOrEqual(300);
  });

  it('shrinks large numbers onto one line', () => {
    const fitted = fitText('1,234,567栋', { width: 260, maxLines: 1, maxSize: 84, minSize: 36 });
    expect(fitted.lines).toEqual(['1,234,567栋']);
    expect(fitted.fontSize).toBeLessThan(84);
    expect(fittedWidth(fitted)).toBeLessThanOrEqual(260);
  });

  it('cuts text that cannot fit even at the smallest size, with an ellipsis', () => {
    const fitted = fitText(LONG_ADDRESS.repeat(4), { width: 300, maxLines: 1, maxSize: 40, minSize: 30 });
    expect(fitted).toMatchObject({ fontSize: 30, truncated: true });
    expect(fitted.lines[0]?.endsWith('…')).toBe(true);
    expect(fittedWidth(fitted)).toBeLessThanOrEqual(300);
  });

  it('fills each line of running text instead of balancing it at commas', () => {
    const quote =
      '楼里商量加装电梯，说了好几年。这一次，我们决定把每一步都记下来，给以后想装电梯的邻居做个参考。';
    const textBox = { width: 896, maxLines: 5, maxSize: 48, minSize: 48 };
    const prose = fitText(quote, { ...textBox, prose: true });
    expect(prose.lines.join('')).toBe(quote);
    // Every line but the last is full: the next line's first word would not have fitted on it.
    prose.lines.slice(0, -1).forEach((l, i) => {
      const next = tokenize(prose.lines[i + 1] ?? '')[0] ?? '';
      expect(widthEm(l + next) * 48).toBeGreaterThan(896 * 0.98);
    });
    const balanced = fitText(quote, textBox).lines;
    expect(widthEm(prose.lines[0] ?? '')).toBeGreaterThan(widthEm(balanced[0] ?? ''));
  });

  it('uses smaller type for longer text', () => {
    const sizes = ['西湾', '西湾东社区', '环市西苑岭南湾畔大岗元北西湾东联合社区'].map(
      (t) => fitText(t, { width: 600, maxLines: 1, maxSize: 80, minSize: 20 }).fontSize,
    );
    expect(sizes[0]).toBeGreaterThanOrEqual(sizes[1] ?? 0);
    expect(sizes[1]).toBeGreaterThan(sizes[2] ?? 0);
  });
});

describe('line breaks in long addresses and titles', () => {
  const texts = [
    LONG_ADDRESS,
    '环市西路217号之2、西增路62号之2、增埗新街58号、大岗元北38号',
    '西村街既有住宅加装电梯工作进展：2025年9月4日，56栋电梯已投入使用',
  ];
  // Where a break would split a number from its unit, a date, or a house number.
  const forbidden = (before: string, after: string): boolean =>
    (/\d$/.test(before) && /^[\d号栋户层年月日之%]/.test(after)) ||
    (/[年月号之]$/.test(before) && /^\d/.test(after)) ||
    /^[，。、；：！？）]/.test(after);

  it.for(texts)('%s: breaks only between words, never inside a number, date or house number', (text) => {
    // Any width at which the longest unbreakable piece still fits a line (narrower must cut somewhere).
    const longest = Math.max(...tokenize(text).map((t) => widthEm(t)));
    for (const width of [0, 1, 2, 3, 5, 8].map((extra) => longest + extra)) {
      const lines = wrapText(text, width);
      expect(lines.join('')).toBe(text.replace(/ /g, ''));
      for (let i = 1; i < lines.length; i += 1) {
        const before = lines[i - 1]!;
        const after = lines[i]!;
        expect(forbidden(before, after), `${before} | ${after} at ${String(width)}em`).toBe(false);
      }
    }
  });

  it('never parts a count from the measure word of the box’s programme', () => {
    // 座 is a made-up programme's measure word: between 5.3 and 6.1 em only it keeps 12座 whole.
    const text = '竣工验收12座小区';
    expect(wrapText(text, 5.5)).toEqual(['竣工验收12', '座小区']);
    for (let width = 4.5; width <= 8; width += 0.1) {
      const lines = wrapText(text, width, ['座']);
      expect(lines.join('')).toBe(text);
      expect(
        lines.some((l) => /\d$/.test(l)),
        `${lines.join(' | ')} at ${width.toFixed(1)}em`,
      ).toBe(false);
    }
  });

  it('keeps 加装 and other words together when the line has room for them', () => {
    const lines = wrapText('西村街既有住宅加装电梯工作进展', 7);
    expect(lines.every((l) => !l.endsWith('加') && !l.startsWith('装'))).toBe(true);
  });
});
