import { describe, expect, it } from 'vitest';
import { scanGuide } from './scanGuide.ts';

describe('scanGuide', () => {
  it('accepts prose with the known blocks', () => {
    expect(scanGuide('# 指南\n\n<Steps />\n\n补贴 <Subsidy />。\n', 'guide.mdx')).toEqual([]);
  });

  it('names an unknown block at its line and column, and a missing <Steps />', () => {
    const problems = scanGuide('说明\n\n  <Step />\n', 'guide.mdx');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code ?? ''}`)).toEqual([
      '3:3 guide.unknown_block',
      '1:1 guide.no_steps',
    ]);
    expect(problems[0]?.message).toContain('<Steps />');
  });

  it('rejects personal data like a story', () => {
    const problems = scanGuide('<Steps />\n联系13812345678\n', 'guide.mdx');
    expect(problems.map((p) => p.code)).toEqual(['personal_data.mobile']);
  });
});
