import { describe, expect, it } from 'vitest';
import { scanGuide } from './scanGuide.ts';

const codes = (text: string): string[] => scanGuide(text, 'guide.md').map((p) => `${p.line}:${p.column} ${p.code ?? ''}`);

describe('scanGuide', () => {
  it('accepts prose with the known placeholders, after front matter', () => {
    expect(codes('---\nsummary: 指南\n---\n\n# 指南\n\n{{Steps}}\n\n补贴 {{Subsidy}}。\n')).toEqual([]);
  });

  it('names an unknown placeholder, a block inside a sentence, and a missing {{Steps}}', () => {
    const problems = scanGuide('说明 {{CostExample}}\n\n  {{Step}}\n', 'guide.md');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code ?? ''}`)).toEqual([
      '1:4 guide.block_inline',
      '3:3 guide.unknown_placeholder',
      '1:1 guide.no_steps',
    ]);
    expect(problems[1]?.message).toContain('{{Steps}}');
  });

  it('applies the story rules and rejects personal data', () => {
    expect(codes('{{Steps}}\n\n<script>alert(1)</script>\n')).toEqual([expect.stringMatching(/^3:1 story\./)]);
    expect(codes('{{Steps}}\n联系13812345678\n')).toEqual(['2:3 personal_data.mobile']);
  });
});
