// The page types every browser check visits, chosen by reading the built site (and the sample data only to
// tell an eligible building from an ineligible one), so the tests follow the data instead of fixed ids.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export interface PageCase {
  /** Page type, used in test names, screenshot names and the budget table. */
  type: string;
  /** URL path on the site, e.g. `/communities/xiwan/`. */
  path: string;
  /** HTTP status the page is served with. */
  status: 200 | 404;
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** Sub-directories of `dist/<section>/` that hold an index.html, sorted. */
export function pageDirs(distDir: string, section: string): string[] {
  const dir = path.join(distDir, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
}

const FALSY = new Set(['false', '0', 'no', 'n', '否', '不符合', '']);

interface BuildingPick {
  eligible: string | undefined;
  ineligible: string | undefined;
}

/** An eligible building with the most milestones reached (the richest page) and an ineligible one. */
function pickBuildings(dataDir: string, built: Set<string>): BuildingPick {
  const registry = path.join(dataDir, 'buildings.csv');
  if (!existsSync(registry)) return { eligible: [...built][0], ineligible: undefined };
  const rows = parse(readFileSync(registry), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const ids = (want: boolean): string[] =>
    rows
      .filter((r) => !FALSY.has((r['eligible'] ?? '').trim().toLowerCase()) === want)
      .map((r) => r['building_id'] ?? '')
      .filter((id) => built.has(id));
  const eligible = ids(true);
  const reached = new Map<string, number>();
  const snapshotDir = path.join(dataDir, 'snapshots');
  const latest = existsSync(snapshotDir)
    ? readdirSync(snapshotDir)
        .filter((f) => /^\d{4}-\d{2}\.csv$/.test(f))
        .sort()
        .at(-1)
    : undefined;
  if (latest !== undefined) {
    const snap = parse(readFileSync(path.join(snapshotDir, latest)), {
      columns: true,
      bom: true,
      skip_empty_lines: true,
    }) as Record<string, string>[];
    for (const r of snap) {
      const filled = Object.entries(r).filter(
        ([k, v]) => !['building_id', 'status', 'note'].includes(k) && v !== '',
      );
      reached.set(r['building_id'] ?? '', filled.length);
    }
  }
  const richest = [...eligible].sort((a, b) => (reached.get(b) ?? 0) - (reached.get(a) ?? 0))[0];
  return { eligible: richest, ineligible: ids(false)[0] };
}

/** One representative URL per page type in the built site. Missing page types are left out. */
export function pageCases(distDir: string, dataDir = path.join(repoRoot, 'data')): PageCase[] {
  const cases: PageCase[] = [{ type: 'home', path: '/', status: 200 }];
  const community = pageDirs(distDir, 'communities')[0];
  if (community !== undefined)
    cases.push({ type: 'community', path: `/communities/${community}/`, status: 200 });
  const buildings = pickBuildings(dataDir, new Set(pageDirs(distDir, 'buildings')));
  if (buildings.eligible !== undefined)
    cases.push({ type: 'building', path: `/buildings/${buildings.eligible}/`, status: 200 });
  if (buildings.ineligible !== undefined)
    cases.push({ type: 'building-ineligible', path: `/buildings/${buildings.ineligible}/`, status: 200 });
  const report = pageDirs(distDir, 'reports').at(-1);
  if (report !== undefined) cases.push({ type: 'report', path: `/reports/${report}/`, status: 200 });
  const has = (file: string): boolean => existsSync(path.join(distDir, file));
  if (has('stories/index.html')) cases.push({ type: 'stories', path: '/stories/', status: 200 });
  // The story with the most photos, so the photo markup is checked too.
  const photosIn = (slug: string): number =>
    readFileSync(path.join(distDir, 'stories', slug, 'index.html'), 'utf8').split('<figure class="photo"')
      .length;
  const story = pageDirs(distDir, 'stories').sort((a, b) => photosIn(b) - photosIn(a))[0];
  if (story !== undefined) cases.push({ type: 'story', path: `/stories/${story}/`, status: 200 });
  if (has('about/index.html')) cases.push({ type: 'about', path: '/about/', status: 200 });
  if (has('guide/index.html')) cases.push({ type: 'guide', path: '/guide/', status: 200 });
  if (has('data/index.html')) cases.push({ type: 'data', path: '/data/', status: 200 });
  if (has('search/index.html')) cases.push({ type: 'search', path: '/search/', status: 200 });
  if (has('404.html')) cases.push({ type: '404', path: '/no-such-page/', status: 404 });
  return cases;
}

/** Page types the site issue requires; a build missing one fails the suite rather than skipping it. */
export const REQUIRED_TYPES = [
  'home',
  'community',
  'building',
  'building-ineligible',
  'report',
  'stories',
  'story',
  'about',
  'guide',
  'data',
  '404',
] as const;
