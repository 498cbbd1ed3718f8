// The publish workflow is valid YAML, runs the README's npm scripts, pins every action by commit SHA
// and asks for no more permission than it needs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const source = read('.github/workflows/publish.yml');
const workflow = parse(source) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
const uses = steps.flatMap((s) => (s.uses === undefined ? [] : [s.uses]));
function job(name: string): Job {
  const found = workflow.jobs[name];
  if (!found) throw new Error(`publish.yml has no job ${name}`);
  return found;
}
const runsOf = (name: string): string[] =>
  job(name).steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));

/** `npm ci`, `npm test`, `npm run <script>` commands in a text. */
function npmCommands(text: string): Set<string> {
  return new Set([...text.matchAll(/\bnpm (ci|test|run [\w:-]+)/g)].map((m) => `npm ${m[1]}`));
}

describe('.github/workflows/publish.yml', () => {
  it('runs on pull requests, pushes to main and by hand', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
  });

  it('calls the same npm scripts as the README and .ci/run', () => {
    const called = npmCommands(runs.join('\n'));
    for (const command of ['npm ci', 'npm test', 'npm run build', 'npm run validate']) {
      expect(called, command).toContain(command);
    }
    const documented = new Set([...npmCommands(read('README.md')), ...npmCommands(read('.ci/run'))]);
    for (const command of ['npm ci', 'npm test', 'npm run build', 'npm run validate']) {
      expect(documented, command).toContain(command);
    }
    const scripts = Object.keys(
      (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
    );
    for (const command of called) {
      const script = command.replace(/^npm (run )?/, '');
      if (script !== 'ci') expect(scripts, command).toContain(script);
    }
    expect(runs).toContain('npm run validate -- --format github');
  });

  it('pins every action by a full commit SHA with a release comment', () => {
    expect(uses.length).toBeGreaterThanOrEqual(7);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w.-]+)?@[0-9a-f]{40}$/);
    for (const line of source.split('\n').filter((l) => /^\s*(- )?uses:/.test(l))) {
      expect(line).toMatch(/@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    }
    const actions = new Set(uses.map((u) => u.split('@')[0]));
    expect([...actions].sort()).toEqual([
      'actions/cache/restore',
      'actions/cache/save',
      'actions/checkout',
      'actions/configure-pages',
      'actions/deploy-pages',
      'actions/download-artifact',
      'actions/setup-node',
      'actions/upload-pages-artifact',
    ]);
    // one SHA per action everywhere, so an update changes them together
    for (const action of actions) {
      expect(new Set(uses.filter((u) => u.startsWith(`${action}@`))).size, action).toBe(1);
    }
  });

  it('takes Node from .nvmrc', () => {
    const setups = steps.filter((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setups.length).toBeGreaterThan(0);
    for (const s of setups) expect(s.with?.['node-version-file']).toBe('.nvmrc');
  });

  it('asks for minimal permissions: read-only, Pages write only to deploy', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name === 'deploy') expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
      else expect(job.permissions).toBeUndefined();
    }
  });

  it('deploys only from main, after validate, npm test and build; never from a pull request', () => {
    const build = job('build');
    expect(build.if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'");
    for (const name of ['deploy', 'deploy-remote']) {
      expect(job(name).needs, name).toBe('build');
      expect(job(name).if, name).toMatch(/^github\.ref == 'refs\/heads\/main'( && |$)/);
    }
    expect(job('deploy').steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    const order = ['npm run validate', 'npm test', 'npm run build', 'npm run check:permalinks'];
    for (const name of ['check', 'build']) {
      const at = order.map((command) => runsOf(name).findIndex((r) => r.includes(command)));
      expect(
        at.every((i) => i >= 0),
        `${name}: ${order.join(', ')}`,
      ).toBe(true);
      expect(
        [...at].sort((a, b) => a - b),
        name,
      ).toEqual(at);
    }
  });

  it("takes the history check's baseline from the repository's variables, never from the data under review", () => {
    for (const name of ['check', 'build']) {
      const step = job(name).steps.find((s) => s.run?.includes('check:permalinks'));
      expect(step?.env, name).toEqual({
        SITE_URL: '${{ vars.GONGSHI_SITE_URL }}',
        FIRST_PUBLISH: '${{ vars.GONGSHI_FIRST_PUBLISH }}',
      });
      expect(step?.run).toContain('--previous "$SITE_URL" --current dist');
      // only an explicit first publish skips the comparison; an unset address fails
      expect(step?.run).toMatch(
        /if \[ "\$FIRST_PUBLISH" = "true" \]; then\n\s+npm run check:permalinks -- --first-publish/,
      );
      expect(step?.run).toMatch(/elif \[ -z "\$SITE_URL" \]; then\n.*\n\s+exit 1/);
    }
    expect(source).not.toMatch(/allow-missing-previous|report\.json|require\(/);
  });

  it('restores the poster and photo caches keyed on their code and packages; only builds of main save them', () => {
    const path = '.cache/posters\n.cache/photos\n';
    const key =
      "images-${{ hashFiles('src/posters/**', 'src/photos/**', 'package-lock.json') }}-${{ github.run_id }}";
    for (const name of ['check', 'build']) {
      const restore = job(name).steps.find((s) => s.uses?.startsWith('actions/cache/restore@'));
      expect(restore?.with, name).toEqual({
        path,
        key,
        'restore-keys': "images-${{ hashFiles('src/posters/**', 'src/photos/**', 'package-lock.json') }}-",
      });
    }
    const saves = Object.entries(workflow.jobs).flatMap(([name, j]) =>
      j.steps.filter((s) => s.uses?.startsWith('actions/cache/save@')).map((s) => ({ name, s })),
    );
    expect(saves.map((x) => x.name)).toEqual(['build']);
    expect(saves[0]?.s.with).toEqual({ path, key });
    const buildSteps = job('build').steps;
    expect(buildSteps.findIndex((s) => s.uses?.startsWith('actions/cache/save@'))).toBeGreaterThan(
      buildSteps.findIndex((s) => s.run === 'npm run build'),
    );
    expect(uses.some((u) => u.startsWith('actions/cache@'))).toBe(false);
  });

  it('runs everything on the Node of setup-node: no install script downloads another', () => {
    const installs = runs.filter((r) => /\bnpm (ci|install)\b/.test(r));
    expect(installs.length).toBe(3);
    for (const r of installs) expect(r).toMatch(/^npm ci --ignore-scripts( && npm rebuild esbuild)?$/);
    for (const name of ['check', 'build']) {
      expect(runsOf(name)).toContain(
        `npm exec -- node -e "if (process.execPath.includes('node_modules')) process.exit(1)"`,
      );
    }
  });

  it('updates the package lists before installing Debian packages, and installs what the tests need', () => {
    const apt = runs.filter((r) => r.includes('apt-get install'));
    expect(apt.length).toBeGreaterThanOrEqual(3);
    for (const r of apt) expect(r).toMatch(/apt-get update.*&&.*apt-get install/);
    for (const name of ['check', 'build']) {
      const line = runsOf(name).find((r) => r.includes('apt-get install')) ?? '';
      for (const pkg of ['fonts-noto-cjk', 'rclone', 'nginx-light'])
        expect(line, `${name} ${pkg}`).toContain(pkg);
    }
    const ci = read('.ci/run');
    expect(ci).toMatch(/apt-get update -qq\n\s*apt-get install [^\n]*\brclone nginx-light\b/);
  });

  it('deploys to object storage or a server only when configured, with the secret in the environment only', () => {
    const remote = job('deploy-remote');
    expect(remote.if).toBe("github.ref == 'refs/heads/main' && vars.DEPLOY_REMOTE != ''");
    expect(remote.environment?.name).toBe('remote');
    expect(remote.permissions).toBeUndefined();
    const step = remote.steps.find((s) => s.run?.includes('npm run deploy'));
    expect(step?.env).toEqual({
      DEPLOY_REMOTE: '${{ vars.DEPLOY_REMOTE }}',
      RCLONE_CONFIG_TEXT: '${{ secrets.RCLONE_CONFIG }}',
    });
    expect(step?.run).toContain('npm run deploy -- --to "$DEPLOY_REMOTE"');
    expect(step?.run).toContain('umask 077');
    // a secret is never written into a command, where it would be logged
    for (const r of runs) expect(r).not.toContain('secrets.');
    expect(Object.keys((JSON.parse(read('package.json')) as { scripts: object }).scripts)).toContain(
      'deploy',
    );
  });
});

describe('.github/dependabot.yml', () => {
  const config = parse(read('.github/dependabot.yml')) as {
    version: number;
    updates: Array<{
      'package-ecosystem': string;
      directory: string;
      schedule: { interval: string };
      groups?: Record<string, { patterns: string[] }>;
    }>;
  };

  it('updates the pinned actions and the npm packages monthly, each in one grouped pull request', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.directory).toBe('/');
      expect(update.schedule.interval).toBe('monthly');
      expect(Object.values(update.groups ?? {}).map((g) => g.patterns)).toEqual([['*']]);
    }
  });
});
