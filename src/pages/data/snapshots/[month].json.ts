// /data/snapshots/<YYYY-MM>.json and /data/snapshots/latest.json
import type { APIRoute, GetStaticPaths } from 'astro';
import { snapshotJsonUrl } from '../../../urls.ts';
import { dataset } from '../../../build/dataset.ts';
import { serve } from '../_files.ts';

export const getStaticPaths = (() =>
  [...dataset.snapshots.map((s) => s.month), 'latest'].map((month) => ({ params: { month } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => serve(snapshotJsonUrl(params['month'] ?? ''));
