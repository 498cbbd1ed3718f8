import { describe, expect, it } from 'vitest';
import { guideParts } from './guideHtml.ts';

describe('guideParts', () => {
  it('cuts at block placeholders and fills inline ones as text', () => {
    const html = '<h2>步骤</h2>\n<p>{{Steps}}</p>\n<p>补贴 {{Subsidy}}。</p>\n<p>{{ServicePoints}}</p>';
    expect(guideParts(html, { Subsidy: '10万元 <b>' })).toEqual([
      { kind: 'html', html: '<h2>步骤</h2>\n' },
      { kind: 'block', name: 'Steps' },
      { kind: 'html', html: '\n<p>补贴 10万元 &lt;b&gt;。</p>\n' },
      { kind: 'block', name: 'ServicePoints' },
    ]);
  });
});
