// /robots.txt: everything may be crawled; the sitemap URL follows report.siteUrl.
import type { APIRoute } from 'astro';
import { report } from '../build/dataset.ts';
import { absoluteUrl } from '../urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(report.siteUrl, '/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
