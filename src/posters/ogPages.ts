// Open Graph cards for the built site: each HTML page's own title, description and og:image path.
// Reading the built HTML (not deriving from routes) keeps cards identical to what pages declare.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ReportConfig } from '../data/types.ts';
import { basePathOf, ogImageUrl, pathWithoutBase } from '../urls.ts';
import { mapFiles } from './fileLimit.ts';

export interface OgPage {
  /** Site path of the page, e.g. `/buildings/x/`. */
  pagePath: string;
  /** Site path of its card, from its `og:image` (or `ogImageUrl` if it has none). */
  imagePath: string;
  title: string;
  subtitle: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the HTML character references Astro writes in attributes and titles. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** `content` of the first `<meta>` whose `name` or `property` is `key`. */
function metaContent(html: string, key: string): string | undefined {
  // To the first `>` outside quotes: a content attribute may hold `>` (a title with markup-like text).
  for (const [tag] of html.matchAll(/<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
    const attrs = new Map(
      [...tag.matchAll(/([a-z:-]+)\s*=\s*"([^"]*)"/gi)].map((m) => [(m[1] ?? '').toLowerCase(), m[2] ?? '']),
    );
    if (attrs.get('property') === key || attrs.get('name') === key) {
      const content = attrs.get('content');
      return content === undefined ? undefined : decodeEntities(content);
    }
  }
  return undefined;
}

/** Title, subtitle and card path of one built page; the site title suffix is dropped (the card shows it). */
export function ogPageFromHtml(html: string, pagePath: string, report: ReportConfig): OgPage {
  const titleTag = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  const rawTitle = (
    metaContent(html, 'og:title') ??
    (titleTag === undefined ? undefined : decodeEntities(titleTag)) ??
    report.title
  ).trim();
  const suffix = ` | ${report.title}`;
  const title = rawTitle.endsWith(suffix) ? rawTitle.slice(0, -suffix.length) : rawTitle;
  const description = (metaContent(html, 'og:description') ?? metaContent(html, 'description') ?? '').trim();
  const subtitle =
    description !== '' && description !== title ? description : `${report.street} · ${report.programme}`;
  const image = metaContent(html, 'og:image');
  // og:image is absolute, under siteUrl's path when the site is published under one; the card's site path drops it.
  const imagePath =
    image === undefined
      ? ogImageUrl(pagePath)
      : pathWithoutBase(basePathOf(report.siteUrl), new URL(image, report.siteUrl).pathname);
  return { pagePath, imagePath: decodeURIComponent(imagePath), title, subtitle };
}

/** Site path of a built HTML file: `a/b/index.html` → `/a/b/`, `404.html` → `/404`. */
export function pagePathOf(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path.replace(/\.html$/, '');
}

/** Every HTML page under `dir` with the card it declares. */
export async function ogPages(dir: string, report: ReportConfig): Promise<OgPage[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)));
  files.sort();
  // Bounded: a big site has more pages than a process may hold open files.
  return mapFiles(files, async (file) =>
    ogPageFromHtml(await readFile(join(dir, file), 'utf8'), pagePathOf(file), report),
  );
}
