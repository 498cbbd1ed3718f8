// /favicon.svg: the office's logo (report.json `theme.logo`) or Gongshi's mark, also shown beside the title.
import type { APIRoute } from 'astro';
import { dataset, report } from '../build/dataset.ts';
import { logoSvg } from '../theme/logo.ts';

export const GET: APIRoute = () =>
  new Response(logoSvg(dataset.dir, report.theme?.logo), { headers: { 'Content-Type': 'image/svg+xml' } });
