// /data/manifest.json: every published data file with rows, bytes and sha256.
import type { APIRoute } from 'astro';
import { manifest, manifestJson } from './_files.ts';

export const GET: APIRoute = () =>
  new Response(manifestJson(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
