import { describe, expect, it } from 'vitest';
import { makeMilestones } from '../../tests/factories.ts';
import { ACCENT, contrast, INK, luminance, milestoneColor, MUTED_INK, PAPER, stageColor } from './palette.ts';
import { stageStyles } from './stages.ts';
import { charts } from '../i18n/zh-CN/charts.ts';
import { common } from '../i18n/zh-CN/common.ts';

describe('palette', () => {
  const styles = stageStyles(makeMilestones(), charts);

  it('gives every stage a text colour with WCAG AA contrast', () => {
    for (const s of styles) expect(contrast(s.fill, s.textFill)).toBeGreaterThanOrEqual(4.5);
  });

  it('orders milestone fills from light to dark, so order survives colour blindness', () => {
    const lum = styles.slice(1).map((s) => luminance(s.fill));
    for (let i = 1; i < lum.length; i += 1) expect(lum[i]!).toBeLessThan(lum[i - 1]!);
  });

  it('keeps text colours on paper at AA', () => {
    for (const c of [INK, MUTED_INK, ACCENT]) expect(contrast(c, PAPER)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('stage labels', () => {
  it('name the stage before any milestone as src/format does', async () => {
    const { stageLabel } = await import('../format/index.ts');
    const { makeReport } = await import('../../tests/factories.ts');
    expect(stageStyles(makeMilestones(), charts)[0]?.label).toBe(stageLabel(makeReport(), 'none', common));
  });
});

describe('milestoneColor', () => {
  it("uses a milestone's own colour and the ramp for the others", () => {
    const milestones = [{}, { color: '#1b7837' }, {}];
    expect(milestoneColor(milestones, 1)).toBe('#1b7837');
    expect(milestoneColor(milestones, 0)).toBe(stageColor(0, 3));
    expect(milestoneColor(milestones, 2)).toBe(stageColor(2, 3));
  });
});
