// /data/timeseries/street.csv and /data/timeseries/communities.csv
import type { APIRoute, GetStaticPaths } from 'astro';
import { serve } from '../_files.ts';

export const getStaticPaths = (() =>
  ['street', 'communities'].map((scope) => ({ params: { scope } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => serve(`/data/timeseries/${params['scope'] ?? ''}.csv`);
