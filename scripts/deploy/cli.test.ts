// `npm run deploy` refuses, before touching any remote, what would leak a secret or publish a file wrongly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(path.join(tmpdir(), 'gongshi-deploy-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function deploy(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/deploy.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run deploy', () => {
  it('refuses a secret written into --to, without repeating it', () => {
    const run = deploy('--to', ':s3,provider=Alibaba,secret_access_key=TOPSECRET123:bucket', '--dry-run');
    expect(run.status).toBe(2);
    expect(run.output).toContain('RCLONE_CONFIG_<名称>_SECRET_ACCESS_KEY');
    expect(run.output).not.toContain('TOPSECRET123');
  });

  it('needs --to', () => {
    expect(deploy('--dry-run').status).toBe(2);
  });

  it('stops before any upload on a file type it cannot publish correctly, naming the file', () => {
    writeFileSync(path.join(temp, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(path.join(temp, 'notes.docx'), 'x');
    const run = deploy('--to', path.join(temp, 'target'), '--dist', temp, '--dry-run');
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/notes\.docx: .*Content-Type/);
  });

  it('refuses a folder that is no build', () => {
    const run = deploy(
      '--to',
      path.join(temp, 'target'),
      '--dist',
      path.join(temp, 'target-empty'),
      '--dry-run',
    );
    expect(run.status).toBe(1);
    expect(run.output).toContain('npm run build');
  });
});
