import { describe, expect, it } from 'vitest';
import { accentContrast, DEFAULT_ACCENT, MIN_CONTRAST, themeCss, unsafeSvgReason } from './theme.ts';

describe('theme', () => {
  it('accepts the default red and refuses a light accent', () => {
    expect(accentContrast(DEFAULT_ACCENT)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(accentContrast('#ffcc00')).toBeLessThan(MIN_CONTRAST);
    expect(accentContrast('#2e7d32')).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('writes the accent as a CSS variable', () => {
    expect(themeCss('#2e7d32')).toBe(':root{--brand:#2e7d32}\n');
  });

  it('refuses an SVG logo that could run or load something', () => {
    expect(unsafeSvgReason('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>')).toBeUndefined();
    expect(unsafeSvgReason('<svg><script>alert(1)</script></svg>')).toBe('<script>');
    expect(unsafeSvgReason('<svg onload="x()"></svg>')).toBe('事件属性（on…=）');
    expect(unsafeSvgReason('<svg><image href="https://evil.example/x.png"/></svg>')).toBe('外部链接或图片');
    expect(unsafeSvgReason('PNG')).toBe('不是 SVG 文件');
  });
});
