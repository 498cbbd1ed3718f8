// /data/buildings.csv: the building registry.
import type { APIRoute } from 'astro';
import { buildingsCsvUrl } from '../../urls.ts';
import { serve } from './_files.ts';

export const GET: APIRoute = () => serve(buildingsCsvUrl());
