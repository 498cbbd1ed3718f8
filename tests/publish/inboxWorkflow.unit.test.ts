// The inbox workflow runs the project's command and only git and the GitHub CLI besides, gives a token that
// can write only to a job that runs no code from the pull request, never to forks, pins every action by the
// same SHAs as publish.yml, and sees no deploy secrets.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMENT_MARKER } from '../../src/publish/inboxComment.ts';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { paths?: string[] }>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const source = read('.github/workflows/inbox.yml');
const workflow = parse(source) as Workflow;
const job = (name: string): Job => {
  const found = workflow.jobs[name];
  if (!found) throw new Error(`no job ${name}`);
  return found;
};
const pins = (text: string): Map<string, string> =>
  new Map(
    [...text.matchAll(/uses: ([\w.-]+\/[\w.-]+)@([0-9a-f]{40})/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );

describe('.github/workflows/inbox.yml', () => {
  it('runs on pull requests that touch inbox/, never on pull_request_target', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.on['pull_request']?.paths).toEqual(['inbox/**']);
    expect(source).not.toMatch(/^\s*pull_request_target\s*:/m);
  });

  it('gives nothing by default, read-only to the import, and write only to the job that runs no project code', () => {
    expect(workflow.permissions).toEqual({});
    expect(job('import').permissions).toEqual({ contents: 'read' });
    expect(job('report').permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(job('report').needs).toBe('import');
    const reportRuns = job('report').steps.flatMap((s) => (s.run ? [s.run] : []));
    for (const run of reportRuns) expect(run).not.toMatch(/\b(npm|npx|node)\b/);
    expect(reportRuns.join('\n')).toMatch(/\bgit push\b/);
    expect(reportRuns.join('\n')).toMatch(/\bgh (api|pr comment)\b/);
  });

  it('runs only for branches of the repository itself', () => {
    for (const name of ['import', 'report']) {
      expect(job(name).if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    }
  });

  it('never keeps credentials in a checkout and sees no secrets', () => {
    const checkouts = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThanOrEqual(3);
    for (const s of checkouts) expect(s.with?.['persist-credentials']).toBe(false);
    expect(source).not.toMatch(/secrets\./);
    expect(source).toMatch(/# No deploy secrets/);
  });

  it('pins every action by a full commit SHA, the same ones publish.yml uses', () => {
    for (const line of source.split('\n').filter((l) => /^\s*(- )?uses:/.test(l))) {
      expect(line).toMatch(/@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    }
    const ours = pins(source);
    const theirs = pins(read('.github/workflows/publish.yml'));
    expect([...ours.keys()].sort()).toEqual([
      'actions/checkout',
      'actions/download-artifact',
      'actions/setup-node',
      'actions/upload-artifact',
    ]);
    for (const [action, sha] of ours) if (theirs.has(action)) expect(sha, action).toBe(theirs.get(action));
  });

  it('calls the project command, then finds its own comment by the marker the command writes', () => {
    const runs = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .flatMap((s) => (s.run ? [s.run] : []))
      .join('\n');
    expect(runs).toMatch(/npm run inbox -- .*--comment /);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['inbox']).toBe('node scripts/inbox.ts');
    expect(runs).toContain(`startswith("${COMMENT_MARKER}")`);
    const uploads = job('import').steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((s) => s.with?.['name'])).toEqual(['site', 'inbox-files', 'inbox-result']);
  });
});
