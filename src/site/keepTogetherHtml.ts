// Page text never breaks inside a date, a step count or a number with its unit: every page's HTML passes
// through here once (src/middleware.ts) and such runs are wrapped in <span class="nowrap">. Only text
// between tags in <body> changes; attributes, <head>, scripts, styles, SVG and form options are left alone.
import { keepTogether, unitAlternation } from '../format/keepTogether.ts';

const TOKEN = /(<(?:[^>"']|"[^"]*"|'[^']*')*>)|([^<]+)/g;

/** Elements whose text must stay plain text. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'svg',
  'title',
  'textarea',
  'option',
  'template',
  'noscript',
]);
// Units worth protecting after a number; the programme's own measure word (栋, 个, 条) is added per site.
const UNITS = ['户', '层', '万元', '元', '个月', '个', '步', '天', '%', '％', 'KB', 'MB'];
const unitPatterns = new Map<string, RegExp>();

function unitAfterNumber(counters: readonly string[]): RegExp {
  const key = counters.join('|');
  const known = unitPatterns.get(key);
  if (known) return known;
  const pattern = new RegExp(`\\d[\\d.]*\\s?(${unitAlternation([...counters, ...UNITS])})$`);
  unitPatterns.set(key, pattern);
  return pattern;
}

/** A run worth protecting: a date, `第n/m步`, or a number followed by a unit (a bare number is left alone). */
function protects(run: string, counters: readonly string[]): boolean {
  return /年|月|日|步/.test(run) || unitAfterNumber(counters).test(run);
}

// An opening bracket or quote must not end a line (CJK line-breaking rules), but the browser may break
// between it and a nowrap span: it joins the run it opens. Only the opener: a run then grows by one
// character, which still fits a 375 px screen at 200% text.
const OPENER = /[（(“‘《〈【「『]$/;

function wrapText(text: string, counters: readonly string[]): string {
  const runs = keepTogether(text, counters);
  return runs
    .map((r, i) => {
      const next = runs[i + 1];
      if (next?.keep && protects(next.text, counters) && !r.keep && OPENER.test(r.text))
        return r.text.slice(0, -1);
      if (!r.keep || !protects(r.text, counters)) return r.text;
      const before = runs[i - 1];
      const opener = before && !before.keep && OPENER.test(before.text) ? before.text.slice(-1) : '';
      return `<span class="nowrap">${opener}${r.text}</span>`;
    })
    .join('');
}

/**
 * `<p>2025年9月4日开工</p>` → `<p><span class="nowrap">2025年9月4日</span>开工</p>`. `counters`: the programme's
 * measure words (report.json `entity.counter`), kept with their number like the common units.
 */
export function keepTogetherHtml(html: string, counters: readonly string[]): string {
  const skipping: string[] = [];
  // A tag runs to the first `>` outside quotes: an attribute value may hold `<` and `>` (a story title in an
  // image's alt), and its text must never be taken for page text.
  return html.replace(TOKEN, (whole, tag: string | undefined, text: string | undefined) => {
    if (tag !== undefined) {
      const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(tag);
      const name = m?.[2]?.toLowerCase();
      if (name !== undefined && SKIP.has(name) && !tag.endsWith('/>')) {
        if (m?.[1] === '/') {
          if (skipping.at(-1) === name) skipping.pop();
        } else skipping.push(name);
      }
      return whole;
    }
    return skipping.length > 0 || text === undefined ? whole : wrapText(text, counters);
  });
}
