// The Xicun site's words, held against a reviewed copy: moving programme words from code into report.json
// (issue 17) must leave what residents read unchanged. An intended change is reviewed in the -changed file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFileFor } from '../browser/dist.ts';
import { compareGolden } from '../goldenSvg.ts';
import { visibleText } from '../visibleText.ts';

const PAGES: Readonly<Record<string, string>> = {
  home: '/',
  'building-in-service': '/buildings/xiwandong-001/',
  'building-ineligible': '/buildings/xiwan-001/',
  community: '/communities/xiwandong/',
  'month-report': '/reports/2025-09/',
  about: '/about/',
  search: '/search/',
};

describe('the sample site reads as before', () => {
  for (const [name, url] of Object.entries(PAGES)) {
    it(`${url} has the reviewed text`, () => {
      const text = visibleText(readFileSync(htmlFileFor(url), 'utf8'));
      expect(compareGolden(`page-text/${name}`, text, 'txt')).toBeUndefined();
    });
  }
});

describe('visibleText', () => {
  it('keeps text and announced attributes, drops scripts, styles and comments', () => {
    const html =
      '<!doctype html><title>A &amp; B</title><style>p{}</style><p>一<b>二</b></p><!-- x --><img alt="图" src="a.png"><script>var s = "不见";</script>';
    expect(visibleText(html)).toBe('A & B\n一二\n[alt] 图');
  });
});
