// /data/timeseries/street.json and /data/timeseries/communities.json
import type { APIRoute, GetStaticPaths } from 'astro';
import { serve } from '../_files.ts';

export const getStaticPaths = (() =>
  ['street', 'communities'].map((scope) => ({ params: { scope } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => serve(`/data/timeseries/${params['scope'] ?? ''}.json`);
