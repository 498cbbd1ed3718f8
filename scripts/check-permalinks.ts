// npm run check:permalinks -- --previous <https://site/ | dist | manifest.json> [--current dist] [--data DIR]
// npm run check:permalinks -- --first-publish [--previous URL]
// Fails (exit 1) when a URL published before is gone, or a published cell (snapshot, registry, monthly
// figure) changed without a correction row in data/corrections.csv that documents exactly that change.
// Exit 2 when the published site cannot be read: a connection or HTTP error never passes as
// "nothing published yet"; only --first-publish, declared explicitly, skips the comparison.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/data/formatProblems.ts';
import { loadDataset } from '../src/data/loadDataset.ts';
import { buildDownloads } from '../src/publish/downloads.ts';
import { comparePermalinks, describePermalinkProblem } from '../src/publish/permalinks.ts';
import { computeStats } from '../src/stats/computeStats.ts';
import { compareHistory } from './permalinks/compareHistory.ts';
import { NothingPublished, openPublished } from './permalinks/publishedSource.ts';
import { dataDirOption } from '../src/config/gongshiConfig.ts';

const USAGE =
  'usage: npm run check:permalinks -- --previous <https://site/ | dist | manifest.json> [--current dist] [--data DIR]\n' +
  '       npm run check:permalinks -- --first-publish [--previous https://site/]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      previous: { type: 'string' },
      current: { type: 'string', default: 'dist' },
      data: { type: 'string' },
      'first-publish': { type: 'boolean', default: false },
      'allow-missing-previous': { type: 'boolean', default: false },
    },
  });
  if (values['allow-missing-previous']) {
    console.error(
      'check:permalinks: --allow-missing-previous 已取消：连不上或 404 不再当作“尚未发布”。首次发布请明确加 --first-publish。',
    );
    return 2;
  }
  if (values['first-publish']) {
    // A first publish has nothing to compare with; if the address already serves a site, it is no first publish.
    if (values.previous !== undefined) {
      try {
        await openPublished(values.previous);
        console.error(
          `check:permalinks: --first-publish，但 ${values.previous} 已有发布的网站：请去掉 --first-publish`,
        );
        return 1;
      } catch (e) {
        if (!(e instanceof NothingPublished)) console.warn(`check:permalinks: ${(e as Error).message}`);
      }
    }
    console.log('check:permalinks: 声明为首次发布（--first-publish），没有可比较的已发布版本。');
    return 0;
  }
  if (values.previous === undefined) {
    console.error(USAGE);
    return 2;
  }
  const previous = await openPublished(values.previous);
  const current = await openPublished(values.current);

  const dataDir = dataDirOption(values.data);
  const loaded = await loadDataset(dataDir, { now: new Date() });
  if (!loaded.ok) {
    console.error(formatProblems(loaded.problems, 'text'));
    console.error('check:permalinks: the data does not validate; fix it first (npm run validate).');
    return 1;
  }
  const { dataset } = loaded;
  const unusedByLoader = new Set(
    loaded.warnings.filter((w) => w.code === 'correction.unused').map((w) => w.line),
  );
  const downloads = buildDownloads(dataset, computeStats(dataset));
  const history = await compareHistory(previous, downloads, dataset, unusedByLoader, {
    corrections: path.join(dataDir, 'corrections.csv'),
    buildings: path.join(dataDir, 'buildings.csv'),
  });
  const missing = comparePermalinks(previous, current);
  const checked = previous.urls?.length ?? previous.manifest.files.length;
  if (missing.length === 0 && history.problems.length === 0) {
    console.log(
      `check:permalinks: ok — all ${checked} published URLs still exist; ${history.compared.length} changed data file(s) compared cell by cell, every change documented.`,
    );
    return 0;
  }
  for (const problem of missing) console.error(describePermalinkProblem(problem));
  if (history.problems.length > 0) console.error(formatProblems(history.problems, 'text'));
  console.error(
    `check:permalinks: ${missing.length + history.problems.length} problem(s); nothing published may disappear or change silently.`,
  );
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`check:permalinks: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
