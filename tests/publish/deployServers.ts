// Real servers for the deploy tests, started on 127.0.0.1 by the test itself: `rclone serve webdav` with a
// fresh password (the upload target) and nginx with docs/nginx/gongshi.conf (serving what was uploaded).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Absolute path of a program, also looking in sbin (nginx lives there and is not on a user's PATH). */
export function findProgram(name: string): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(':'), '/usr/sbin', '/sbin', '/usr/local/sbin'];
  return dirs.map((d) => path.join(d, name)).find((p) => existsSync(p));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on port ${port} did not start:\n${log()}`);
}

export interface Webdav {
  /** Environment that configures the rclone remote `site:` (password obscured, never on a command line). */
  env: NodeJS.ProcessEnv;
  /** Every form of the secret, which must appear in no log. */
  secrets: string[];
  /** Everything the server printed. */
  log: () => string;
  stop: () => void;
}

/** `rclone serve webdav` on `dir` with a random user and password, given to it by environment variables. */
export async function startWebdav(dir: string, configFile: string): Promise<Webdav> {
  const port = await freePort();
  const user = `u${randomBytes(4).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  writeFileSync(configFile, '');
  const base = { ...process.env, RCLONE_CONFIG: configFile };
  const child = spawn('rclone', ['serve', 'webdav', dir, '--addr', `127.0.0.1:${port}`], {
    env: { ...base, RCLONE_USER: user, RCLONE_PASS: password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (output += c));
  await waitForPort(port, child, () => output);
  const obscured = spawnSync('rclone', ['obscure', '-'], { input: password, encoding: 'utf8', env: base });
  if (obscured.status !== 0) throw new Error(`rclone obscure failed: ${obscured.stderr}`);
  return {
    env: {
      ...base,
      RCLONE_CONFIG_SITE_TYPE: 'webdav',
      RCLONE_CONFIG_SITE_URL: `http://127.0.0.1:${port}/`,
      RCLONE_CONFIG_SITE_VENDOR: 'other',
      RCLONE_CONFIG_SITE_USER: user,
      RCLONE_CONFIG_SITE_PASS: obscured.stdout.trim(),
    },
    secrets: [password, obscured.stdout.trim()],
    log: () => output,
    stop: () => child.kill('SIGTERM'),
  };
}

export interface Nginx {
  base: string;
  stop: () => void;
}

/**
 * nginx serving `siteDir` with docs/nginx/gongshi.conf, changed only in its `listen` and `root` lines, in
 * its own prefix (no root rights needed). `check` runs `nginx -t` on the same files.
 */
export function nginxConfig(nginxDir: string, siteDir: string, port: number): string {
  const shipped = readFileSync(path.join(root, 'docs/nginx/gongshi.conf'), 'utf8');
  const replace = (text: string, from: string, to: string): string => {
    if (text.split(from).length !== 2) throw new Error(`docs/nginx/gongshi.conf: expected one "${from}"`);
    return text.replace(from, to);
  };
  let site = replace(shipped, 'listen 80;', `listen 127.0.0.1:${port};`);
  site = replace(site, 'listen [::]:80;', '');
  site = replace(site, 'root /var/www/gongshi;', `root ${siteDir};`);
  mkdirSync(nginxDir, { recursive: true });
  writeFileSync(path.join(nginxDir, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (t) => `  ${t}_temp_path ${path.join(nginxDir, t)};`,
  );
  const conf = [
    // As root, nginx's workers would run as `nobody` and could not read the test's private folders.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${path.join(nginxDir, 'nginx.pid')};`,
    'events { worker_connections 128; }',
    'http {',
    '  access_log off;',
    ...temp,
    '  include site.conf;',
    '}',
    '',
  ].join('\n');
  const file = path.join(nginxDir, 'nginx.conf');
  writeFileSync(file, conf);
  return file;
}

/** `nginx -t` on the shipped configuration: exit status and nginx's own words. */
export function nginxTest(
  nginx: string,
  nginxDir: string,
  siteDir: string,
): { status: number | null; output: string } {
  const conf = nginxConfig(nginxDir, siteDir, 8080);
  const result = spawnSync(
    nginx,
    ['-t', '-p', nginxDir, '-c', conf, '-e', path.join(nginxDir, 'error.log')],
    {
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export async function startNginx(nginx: string, nginxDir: string, siteDir: string): Promise<Nginx> {
  const port = await freePort();
  const conf = nginxConfig(nginxDir, siteDir, port);
  const child = spawn(nginx, ['-p', nginxDir, '-c', conf, '-e', path.join(nginxDir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (output += c));
  await waitForPort(port, child, () => output);
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}
