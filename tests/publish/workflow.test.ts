// The publish workflow is valid YAML, runs the README's npm scripts, pins every action by commit SHA
// and asks for no more permission than it needs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
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
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    for (const line of source.split('\n').filter((l) => /^\s*(- )?uses:/.test(l))) {
      expect(line).toMatch(/@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    }
    const actions = new Set(uses.map((u) => u.split('@')[0]));
    expect([...actions].sort()).toEqual([
      'actions/checkout',
      'actions/configure-pages',
      'actions/deploy-pages',
      'actions/setup-node',
      'actions/upload-pages-artifact',
    ]);
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

  it('deploys only after main was validated and built, never from a pull request', () => {
    const deploy = workflow.jobs['deploy'];
    const build = workflow.jobs['build'];
    expect(deploy?.needs).toBe('build');
    expect(build?.if).toBe("github.event_name != 'pull_request'");
    expect(deploy?.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    const buildRuns = build?.steps.flatMap((s) => (s.run ? [s.run] : [])) ?? [];
    expect(buildRuns.findIndex((r) => r.startsWith('npm run validate'))).toBeLessThan(
      buildRuns.indexOf('npm run build'),
    );
  });
});
