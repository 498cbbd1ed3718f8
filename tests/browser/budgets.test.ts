// Page weight on the build, per page type (the heaviest page of each type): bytes of HTML + linked CSS
// (inline SVG charts are part of the HTML and shown separately), and client script. Budgets from the site
// issue: the home page with everything under 100 KB before compression; at most 2 KB of our own script on a
// content page, nothing third-party; pagefind only on /search/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from './dist.ts';
import { sitePathOf } from './linkCheck.ts';

const KB = 1024;
/** Total (HTML + CSS) budget per page type; the home page's is the site issue's, the rest follow it. */
const BUDGET_KB: Record<string, number> = { home: 100 };
const DEFAULT_BUDGET_KB = 100;
const OWN_SCRIPT_LIMIT = 2 * KB;
/** /search/ is no content page: its own search script (besides Pagefind's) may add a little more. */
const SEARCH_SCRIPT_LIMIT = 4 * KB;

/** Page type of a site path, e.g. `/communities/xiwan/` → `community`. */
function pageType(sitePath: string): string {
  if (sitePath === '/') return 'home';
  if (sitePath === '/404.html') return '404';
  const parts = sitePath.split('/').filter((p) => p !== '');
  const [section, id] = parts;
  const singular: Record<string, string> = {
    communities: 'community',
    buildings: 'building',
    reports: 'report',
    stories: 'story',
  };
  if (parts.length === 1) return section ?? 'other';
  if (parts.length === 2 && section !== undefined && id !== undefined)
    return singular[section] ?? `${section}/*`;
  return `${section ?? ''}/…`;
}

interface Weight {
  path: string;
  html: number;
  css: number;
  svg: number;
  script: number;
  scriptProblems: string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m === null ? undefined : (m[1] ?? m[2] ?? m[3] ?? '');
}

function weigh(root: string, file: string, cssSizes: Map<string, number>): Weight {
  const html = readFileSync(file, 'utf8');
  const sitePath = sitePathOf(root, file);
  const localSize = (href: string): number => {
    const p = new URL(href, `http://site.invalid${sitePath}`);
    if (p.origin !== 'http://site.invalid') return 0;
    const f = path.join(root, decodeURIComponent(p.pathname));
    let size = cssSizes.get(f);
    if (size === undefined) {
      size = existsSync(f) ? statSync(f).size : 0;
      cssSizes.set(f, size);
    }
    return size;
  };
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const href = attr(tag, 'href');
    if (href !== undefined && /\bstylesheet\b/i.test(attr(tag, 'rel') ?? '')) css += localSize(href);
  }
  let svg = 0;
  for (const m of html.matchAll(/<svg\b[\s\S]*?<\/svg>/gi)) svg += Buffer.byteLength(m[0]);
  let script = 0;
  const scriptProblems: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = m[1] ?? '';
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type === 'application/ld+json' || type === 'application/json') continue; // data, never executed
    const src = attr(tag, 'src');
    if (src !== undefined) {
      const url = new URL(src, `http://site.invalid${sitePath}`);
      if (url.origin !== 'http://site.invalid') scriptProblems.push(`third-party script ${src}`);
      else if (url.pathname.startsWith('/pagefind/')) {
        if (pageType(sitePath) !== 'search') scriptProblems.push(`pagefind outside /search/: ${src}`);
      } else script += localSize(src);
    } else script += Buffer.byteLength(m[2] ?? '');
  }
  const limit = pageType(sitePath) === 'search' ? SEARCH_SCRIPT_LIMIT : OWN_SCRIPT_LIMIT;
  if (script > limit) scriptProblems.push(`${String(script)} bytes of own script (limit ${String(limit)})`);
  return { path: sitePath, html: Buffer.byteLength(html), css, svg, script, scriptProblems };
}

test('every page type stays within its byte budget and script rules', () => {
  const root = distDir();
  const cssSizes = new Map<string, number>();
  const weights = htmlFiles(root).map((f) => weigh(root, f, cssSizes));
  const byType = new Map<string, Weight[]>();
  for (const w of weights) byType.set(pageType(w.path), [...(byType.get(pageType(w.path)) ?? []), w]);
  const rows: Record<string, Record<string, string | number>> = {};
  const over: string[] = [];
  for (const [type, list] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const heaviest = list.reduce((a, b) => (b.html + b.css > a.html + a.css ? b : a));
    const budget = BUDGET_KB[type] ?? DEFAULT_BUDGET_KB;
    const total = (heaviest.html + heaviest.css) / KB;
    rows[type] = {
      pages: list.length,
      heaviest: heaviest.path,
      'html KB': +(heaviest.html / KB).toFixed(1),
      'of which svg KB': +(heaviest.svg / KB).toFixed(1),
      'css KB': +(heaviest.css / KB).toFixed(1),
      'total KB': +total.toFixed(1),
      'budget KB': budget,
      'script B': Math.max(...list.map((w) => w.script)),
    };
    if (total > budget)
      over.push(`${type}: ${heaviest.path} is ${total.toFixed(1)} KB (budget ${String(budget)} KB)`);
  }
  console.table(rows);
  expect(over).toEqual([]);
  expect(weights.flatMap((w) => w.scriptProblems.map((p) => `${w.path}: ${p}`))).toEqual([]);
});
