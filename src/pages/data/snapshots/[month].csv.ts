// /data/snapshots/<YYYY-MM>.csv and /data/snapshots/latest.csv
import type { APIRoute, GetStaticPaths } from 'astro';
import { snapshotCsvUrl } from '../../../urls.ts';
import { dataset } from '../../../build/dataset.ts';
import { serve } from '../_files.ts';

export const getStaticPaths = (() =>
  [...dataset.snapshots.map((s) => s.month), 'latest'].map((month) => ({ params: { month } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => serve(snapshotCsvUrl(params['month'] ?? ''));
