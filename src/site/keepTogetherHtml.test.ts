import { describe, expect, it } from 'vitest';
import { keepTogetherHtml } from './keepTogetherHtml.ts';

/** Xicun's measure word (report.json entity.counter). */
const XICUN = ['栋'];

describe('keepTogetherHtml', () => {
  it('wraps dates, step counts and numbers with units in body text', () => {
    expect(keepTogetherHtml('<p>2025年9月4日开工 · 第2/7步，56栋</p>', XICUN)).toBe(
      '<p><span class="nowrap">2025年9月4日</span>开工 · <span class="nowrap">第2/7步</span>，<span class="nowrap">56栋</span></p>',
    );
  });

  it('leaves bare numbers, addresses, attributes, the head, scripts and SVG text alone', () => {
    const html =
      '<head><title>2025年9月</title></head><body><h1>西湾东1号</h1><a href="/reports/2025-09/" title="2025年9月">查看</a>' +
      '<svg><text>56栋</text></svg><script>var a = "2025年9月";</script><p>共3个</p></body>';
    expect(keepTogetherHtml(html, XICUN)).toBe(html.replace('共3个', '共<span class="nowrap">3个</span>'));
  });

  it('keeps an opening bracket with the date it opens, so no line ends with （', () => {
    expect(keepTogetherHtml('<p>已完成最后一步“竣工验收”（2025年5月10日）。</p>', XICUN)).toBe(
      '<p>已完成最后一步“竣工验收”<span class="nowrap">（2025年5月10日</span>）。</p>',
    );
    expect(keepTogetherHtml('<p>（3个）</p>', XICUN)).toBe('<p><span class="nowrap">（3个</span>）</p>');
  });

  it('leaves attribute values alone even when they hold < and > (a story title in an alt)', () => {
    const html = '<img alt="标题<img src=x onerror=alert(1)>，2025年6月1日" src="a.png"><p>2025年6月1日</p>';
    expect(keepTogetherHtml(html, XICUN)).toBe(
      '<img alt="标题<img src=x onerror=alert(1)>，2025年6月1日" src="a.png"><p><span class="nowrap">2025年6月1日</span></p>',
    );
  });

  it("keeps a count with the programme's own measure word, and only that programme's", () => {
    expect(keepTogetherHtml('<p>共12条</p>', ['条'])).toBe('<p>共<span class="nowrap">12条</span></p>');
    expect(keepTogetherHtml('<p>共12条</p>', XICUN)).toBe('<p>共12条</p>');
  });
});
