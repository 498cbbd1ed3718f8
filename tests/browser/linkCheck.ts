// A file-based link checker for a built site: crawl from /index.html through every internal <a href>,
// <img src|srcset>, <source srcset>, <link href>, <script src>, SVG <use|image href> and og:image, and report
// (and <form action>) every target that does not exist in the directory (including #fragments that name no element).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  /** Page (site path) the reference is on. */
  from: string;
  /** Element and attribute, e.g. `a[href]`. */
  where: string;
  ref: string;
  reason: string;
}

export interface LinkReport {
  /** HTML pages crawled. */
  pages: number;
  /** Distinct internal targets checked. */
  targets: number;
  broken: BrokenLink[];
  /** HTML files in the site that no crawled page links to (not an error: e.g. pages only in the sitemap). */
  unreachable: string[];
}

export interface LinkCheckOptions {
  /** Published site URL (report.json `siteUrl`): absolute links under it are checked as internal. */
  siteUrl?: string;
  /** Path the site is served under (`/xicun/`): every internal reference must be under it. Default `/`. */
  base?: string;
}

const ORIGIN = 'http://site.invalid';
const TAG = /<(a|form|link|img|source|script|use|image|meta|iframe|video|audio)\b([^>]*)>/gi;
const ATTR = /([^\s"'=<>/]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, code: string) => {
    const lower = code.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const n = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : m;
  });
}

function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name !== '') attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

interface Ref {
  where: string;
  ref: string;
  /** A page to crawl further (an <a href>), not just a file that must exist. */
  follow: boolean;
}

/** Every reference in one HTML document, in source order. */
export function extractRefs(html: string): Ref[] {
  const refs: Ref[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of withoutComments.matchAll(TAG)) {
    const tag = (m[1] ?? '').toLowerCase();
    const attrs = attributes(m[2] ?? '');
    const add = (attr: string, follow = false): void => {
      const value = attrs.get(attr);
      if (value !== undefined && value.trim() !== '')
        refs.push({ where: `${tag}[${attr}]`, ref: value.trim(), follow });
    };
    const addSrcset = (attr: string): void => {
      for (const candidate of (attrs.get(attr) ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url !== undefined && url !== '') refs.push({ where: `${tag}[${attr}]`, ref: url, follow: false });
      }
    };
    if (tag === 'a') add('href', true);
    else if (tag === 'form') add('action', true);
    else if (tag === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase();
      if (!/\b(preconnect|dns-prefetch)\b/.test(rel)) add('href');
    } else if (tag === 'meta') {
      const prop = (attrs.get('property') ?? attrs.get('name') ?? '').toLowerCase();
      if (['og:image', 'og:url', 'twitter:image'].includes(prop)) add('content');
    } else if (tag === 'use' || tag === 'image') {
      add('href');
      add('xlink:href');
    } else {
      add('src');
      addSrcset('srcset');
      if (tag === 'video') add('poster');
    }
  }
  return refs;
}

/** Ids (and legacy names) a #fragment may point to. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(ID)) ids.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  return ids;
}

function listHtml(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listHtml(root, full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

/** Site path of an HTML file: `about/index.html` → `/about/`, `404.html` → `/404.html`. */
export function sitePathOf(root: string, file: string): string {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return rel === 'index.html'
    ? '/'
    : rel.endsWith('/index.html')
      ? `/${rel.slice(0, -'index.html'.length)}`
      : `/${rel}`;
}

type Target = { file: string } | { error: string };

function resolveTarget(root: string, pathname: string): Target {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { error: 'malformed percent-encoding' };
  }
  const file = path.join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (!file.startsWith(root)) return { error: 'points outside the site' };
  if (existsSync(file) && statSync(file).isFile()) return { file };
  if (!decoded.endsWith('/') && existsSync(path.join(file, 'index.html'))) {
    return { error: `missing trailing slash (the site uses ${decoded}/)` };
  }
  return { error: 'no such file in the build' };
}

/** Crawl the built site in `root` from `/` (and the 404 page) and report every broken reference. */
export function checkLinks(rootDir: string, options: LinkCheckOptions = {}): LinkReport {
  const root = path.resolve(rootDir);
  const site = options.siteUrl !== undefined ? new URL(options.siteUrl) : undefined;
  const base = options.base ?? '/';
  const broken: BrokenLink[] = [];
  const idsCache = new Map<string, Set<string>>();
  const ids = (file: string): Set<string> => {
    let found = idsCache.get(file);
    if (found === undefined) {
      found = extractIds(readFileSync(file, 'utf8'));
      idsCache.set(file, found);
    }
    return found;
  };
  const seeds = ['index.html', '404.html'].map((f) => path.join(root, f)).filter((f) => existsSync(f));
  const queue = [...seeds];
  const crawled = new Set<string>(seeds);
  const targets = new Set<string>();
  for (let i = 0; i < queue.length; i += 1) {
    const file = queue[i] ?? '';
    const from = sitePathOf(root, file);
    const html = readFileSync(file, 'utf8');
    for (const { where, ref, follow } of extractRefs(html)) {
      let url: URL;
      try {
        url = new URL(ref, ORIGIN + base + from.slice(1));
      } catch {
        broken.push({ from, where, ref, reason: 'not a valid URL' });
        continue;
      }
      let pathname: string;
      if (url.origin === ORIGIN) {
        if (!url.pathname.startsWith(base)) {
          broken.push({ from, where, ref, reason: `outside the base path ${base}` });
          continue;
        }
        pathname = `/${url.pathname.slice(base.length)}`;
      } else if (site !== undefined && url.host === site.host && url.pathname.startsWith(site.pathname)) {
        pathname = `/${url.pathname.slice(site.pathname.length)}`;
      } else continue; // another site, mailto:, tel:, data: — not ours to check
      const target = resolveTarget(root, pathname);
      if ('error' in target) {
        broken.push({ from, where, ref, reason: target.error });
        continue;
      }
      targets.add(target.file);
      const isHtml = target.file.endsWith('.html');
      if (url.hash.length > 1 && isHtml) {
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!ids(target.file).has(fragment))
          broken.push({ from, where, ref, reason: `no element with id "${fragment}"` });
      }
      if (follow && isHtml && !crawled.has(target.file)) {
        crawled.add(target.file);
        queue.push(target.file);
      }
    }
  }
  const unreachable = listHtml(root)
    .filter((f) => !crawled.has(f))
    .map((f) => sitePathOf(root, f))
    .sort();
  return { pages: crawled.size, targets: targets.size, broken, unreachable };
}
