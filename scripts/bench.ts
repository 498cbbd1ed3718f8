// npm run bench -- --buildings N --months M [--communities C] [--seed S] [--keep]
// Scale benchmark: synthetic data → validate → cold production build → warm build; prints one JSON line.
// Progress and child output go to stderr, so stdout is only the JSON line.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure, type Measured } from './bench/measure.ts';
import { writeSynthetic } from './bench/synthetic.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    buildings: { type: 'string', default: '318' },
    months: { type: 'string', default: '12' },
    communities: { type: 'string' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const count = (name: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} needs a positive whole number, got ${String(value)}`);
  return n;
};
const buildings = count('buildings', values.buildings);
const months = count('months', values.months);
const seed = count('seed', values.seed);
const communities = values.communities === undefined ? undefined : count('communities', values.communities);

/** This process's soft limit on open files (`ulimit -n`), which the builds inherit; null off Linux. */
function openFilesLimit(): number | null {
  try {
    const line = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    return line?.[1] === undefined ? null : Number(line[1]);
  } catch {
    return null;
  }
}

const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

/** Files under `dir` (recursively) whose name satisfies `match`. */
function countFiles(dir: string, match: (name: string) => boolean): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && match(e.name))
    .length;
}

function mustSucceed(step: string, run: Measured): Measured {
  if (run.exitCode !== 0) {
    process.stderr.write(run.output.split('\n').slice(-40).join('\n'));
    throw new Error(`${step} failed with exit code ${String(run.exitCode)}`);
  }
  return run;
}

const work = mkdtempSync(path.join(tmpdir(), 'gongshi-bench-'));
const dataDir = path.join(work, 'data');
// The site goes inside the project: Astro puts its intermediate prerender chunks under outDir only when
// outDir is within the project, and otherwise into the shared `.astro/`, where a concurrent
// `npm run build` would delete them mid-build.
mkdirSync(path.join(root, '.cache'), { recursive: true });
const siteWork = mkdtempSync(path.join(root, '.cache', 'bench-'));
const outDir = path.join(siteWork, 'dist');
const posterCache = path.join(work, 'poster-cache');
try {
  const t0 = performance.now();
  const summary = writeSynthetic(dataDir, {
    buildings,
    months,
    seed,
    templateDir: path.join(root, 'data'),
    ...(communities === undefined ? {} : { communities }),
  });
  log(
    `generated ${String(summary.buildings)} buildings (${String(summary.eligible)} eligible) in ${String(summary.communities)} communities, ` +
      `${String(summary.months.length)} months, ${String(summary.snapshotRows)} snapshot rows in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${dataDir}`,
  );

  // Children run on the project's Node 22 (npm puts node_modules/.bin first on PATH for `npm run bench`).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GONGSHI_DATA: dataDir,
    // The poster cache (src/posters/integration.ts): empty for the cold build, kept for the warm one.
    GONGSHI_POSTER_CACHE: posterCache,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const validate = mustSucceed(
    'validate',
    await measure(process.execPath, [path.join(root, 'scripts', 'validate.ts'), '--data', dataDir], {
      cwd: root,
      env,
    }),
  );
  log(`validate: ${validate.wallMs.toFixed(0)} ms, ${String(validate.peakRssMb)} MB`);

  const build = async (label: string): Promise<Measured> => {
    log(`${label} build…`);
    const run = mustSucceed(
      `${label} build`,
      // --force: rebuild Astro's content-layer cache, which otherwise may still hold another data directory's
      // stories; it costs well under a second (a handful of stories), so the warm build stays comparable.
      await measure('npm', ['run', 'build', '--', '--force', '--outDir', outDir], {
        cwd: root,
        env,
        echo: values.verbose,
      }),
    );
    log(
      `${label} build: ${(run.wallMs / 1000).toFixed(1)} s, ${String(run.peakRssMb)} MB, ${String(run.peakOpenFiles)} open files at most`,
    );
    // Where the time went, from the build's own log: Astro's stage timings, posters, search index.
    for (const line of run.output.split('\n')) {
      const clean = line.replace(/\x1b\[[0-9;]*m/g, '').trim();
      if (/Completed in|built in|posters and cards|pagefind|Indexed|page\(s\) built/i.test(clean))
        log(`  ${clean}`);
    }
    if (values.keep) writeFileSync(path.join(siteWork, `${label}-build.log`), run.output);
    return run;
  };
  rmSync(posterCache, { recursive: true, force: true });
  mkdirSync(posterCache, { recursive: true });
  const cold = await build('cold');
  const pages = countFiles(outDir, (name) => name.endsWith('.html'));
  const posters =
    countFiles(path.join(outDir, 'posters'), (n) => n.endsWith('.png')) +
    countFiles(path.join(outDir, 'og'), (n) => n.endsWith('.png'));
  const warm = await build('warm');

  console.log(
    JSON.stringify({
      buildings,
      months,
      pages,
      posters,
      validate_ms: Math.round(validate.wallMs),
      build_s: +(cold.wallMs / 1000).toFixed(1),
      warm_build_s: +(warm.wallMs / 1000).toFixed(1),
      peak_rss_mb: Math.max(validate.peakRssMb, cold.peakRssMb, warm.peakRssMb),
      // Sampled every 100 ms: the most descriptors one process held, against `ulimit -n` (open_files_limit).
      peak_open_files: Math.max(validate.peakOpenFiles, cold.peakOpenFiles, warm.peakOpenFiles),
      open_files_limit: openFilesLimit(),
    }),
  );
} finally {
  if (values.keep) log(`kept ${work} and ${siteWork}`);
  else {
    rmSync(work, { recursive: true, force: true });
    rmSync(siteWork, { recursive: true, force: true });
  }
}
