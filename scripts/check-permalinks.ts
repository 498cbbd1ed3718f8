// npm run check:permalinks -- --previous <manifest.json | dir | https://site/> [--current dist] [--data DIR]
// Fails (exit 1) when a URL published before is gone, or an old month's snapshot file changed
// without a correction documented in data/corrections.csv.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/data/formatProblems.ts';
import { loadDataset } from '../src/data/loadDataset.ts';
import type { Manifest } from '../src/publish/manifest.ts';
import {
  comparePermalinks,
  describePermalinkProblem,
  type PublishedState,
} from '../src/publish/permalinks.ts';
import type { UrlList } from '../src/publish/siteUrls.ts';

const USAGE =
  'usage: npm run check:permalinks -- --previous <manifest.json | dir | https://site/> [--current dist] [--data DIR] [--allow-missing-previous]';

async function readPublished(where: string, allowMissing: boolean): Promise<PublishedState | undefined> {
  if (/^https?:\/\//.test(where)) {
    const base = where.endsWith('/') ? where : `${where}/`;
    let manifestResponse: Response;
    try {
      manifestResponse = await fetch(new URL('data/manifest.json', base));
    } catch (e) {
      // The first deploy (or a site not yet reachable): nothing published to compare with.
      if (!allowMissing) throw e;
      console.warn(
        `check:permalinks: ${base} is not reachable (${e instanceof Error ? e.message : String(e)})`,
      );
      return undefined;
    }
    if (manifestResponse.status === 404 && allowMissing) return undefined;
    if (!manifestResponse.ok) throw new Error(`${base}data/manifest.json: HTTP ${manifestResponse.status}`);
    const manifest = (await manifestResponse.json()) as Manifest;
    const urlsResponse = await fetch(new URL('data/urls.json', base));
    const urls = urlsResponse.ok ? ((await urlsResponse.json()) as UrlList).urls : undefined;
    return { manifest, urls };
  }
  // A build directory (dist/), its data/ folder, or the manifest file itself; urls.json sits beside it.
  let manifestFile = where;
  if (existsSync(where) && statSync(where).isDirectory()) {
    manifestFile =
      [path.join(where, 'data', 'manifest.json'), path.join(where, 'manifest.json')].find((f) =>
        existsSync(f),
      ) ?? path.join(where, 'data', 'manifest.json');
  }
  if (!existsSync(manifestFile)) {
    if (allowMissing) return undefined;
    throw new Error(`${manifestFile}: no manifest.json (build first, or pass the published one)`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const urlsFile = path.join(path.dirname(manifestFile), 'urls.json');
  const urls = existsSync(urlsFile)
    ? (JSON.parse(readFileSync(urlsFile, 'utf8')) as UrlList).urls
    : undefined;
  return { manifest, urls };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      previous: { type: 'string' },
      current: { type: 'string', default: 'dist' },
      data: { type: 'string' },
      'allow-missing-previous': { type: 'boolean', default: false },
    },
  });
  if (values.previous === undefined) {
    console.error(USAGE);
    return 2;
  }
  const allowMissing = values['allow-missing-previous'];
  const previous = await readPublished(values.previous, allowMissing);
  if (!previous) {
    console.log(`check:permalinks: nothing published yet at ${values.previous}; nothing to compare.`);
    return 0;
  }
  const current = await readPublished(values.current, false);
  if (!current) return 1;

  const dataDir = values.data ?? process.env['GONGSHI_DATA'] ?? 'data';
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) {
    console.error(formatProblems(loaded.problems, 'text'));
    console.error('check:permalinks: the data does not validate; fix it first (npm run validate).');
    return 1;
  }
  const correctedMonths = new Set(loaded.dataset.corrections.map((c) => c.month));

  const problems = comparePermalinks(previous, current, correctedMonths);
  const checked = previous.urls?.length ?? previous.manifest.files.length;
  if (problems.length === 0) {
    console.log(
      `check:permalinks: ok — all ${checked} published URLs still exist; old snapshots unchanged or corrected.`,
    );
    return 0;
  }
  for (const problem of problems) console.error(describePermalinkProblem(problem));
  console.error(
    `check:permalinks: ${problems.length} problem(s); nothing published may disappear or change silently.`,
  );
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`check:permalinks: ${e instanceof Error ? e.message : String(e)}`);
    console.error(USAGE);
    process.exitCode = 2;
  },
);
