// 200% text zoom on the phone. Our readers enlarge text with the phone's font-size setting or WeChat's
// 字体大小, which (like Android WebView's setTextZoom) multiply every font size — whatever CSS unit the site
// used — and leave the layout width alone. Page zoom (CSS zoom, deviceScaleFactor) would instead enlarge the
// whole layout and mostly test the 188px reflow, not text resizing (WCAG 1.4.4), so we scale every computed
// font size by 2 in place (inPage.applyTextZoom) and then look for sideways scrolling and cut-off text.
import { expect, test } from 'vitest';
import { screenshotFile } from './browser.ts';
import { distDir } from './dist.ts';
import { applyTextZoom, clippedText, horizontalOverflow, spilledText } from './inPage.ts';
import { pageCases } from './pages.ts';
import { serveSite } from './servedSite.ts';

const cases = pageCases(distDir());
const site = serveSite();

test.for(cases)('200% text at 375px: $type $path', async (page) => {
  const { context, page: tab } = await site.visit(page.path, { viewport: 'phone', status: page.status });
  try {
    const before = await tab.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await tab.evaluate(applyTextZoom, 2);
    const after = await tab.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(after).toBeCloseTo(before * 2, 1);
    await tab.screenshot({ path: screenshotFile(`${page.type}-phone-text200.png`), fullPage: true });
    const overflow = await tab.evaluate(horizontalOverflow);
    expect(
      overflow.scrollWidth <= overflow.clientWidth ? [] : overflow.offenders,
      `${page.path} scrolls sideways at 200% text (scrollWidth ${String(overflow.scrollWidth)})`,
    ).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    expect(await tab.evaluate(clippedText), `${page.path}: text cut off at 200%`).toEqual([]);
    expect(await tab.evaluate(spilledText), `${page.path}: text spills out of its box at 200%`).toEqual([]);
  } finally {
    await context.close();
  }
});
