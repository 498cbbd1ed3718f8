// `npm run deploy` for real: the sample build is uploaded with rclone to a WebDAV server this test starts
// (rclone serve webdav, random password), served from that folder by nginx with docs/nginx/gongshi.conf,
// and fetched back URL by URL. Then a monthly update, a deploy killed half-way, one stopped half-way,
// and a rollback. No secret may appear in any output.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, isSnapshotDownload } from '../../scripts/deploy/headers.ts';
import { listFiles } from '../../src/publish/urlsIntegration.ts';
import { distDir } from '../browser/dist.ts';
import { findProgram, nginxTest, startNginx, startWebdav, type Nginx, type Webdav } from './deployServers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const inCi = process.env['CI'] !== undefined;
const rcloneBin = findProgram('rclone');
const nginxBin = findProgram('nginx');
// Skipped with the reason in its name on a developer machine without the tool; CI installs both (.ci/run).
const whyNot = (tool: string, found: string | undefined): string =>
  found || inCi
    ? ''
    : ` (skipped: ${tool} is not installed; apt-get install ${tool === 'nginx' ? 'nginx-light' : tool})`;
if (!rcloneBin && !inCi)
  console.warn('deploy tests skipped: rclone is not installed (apt-get install rclone)');
if (!nginxBin && !inCi)
  console.warn('nginx config test skipped: nginx is not installed (apt-get install nginx-light)');

const temp = mkdtempSync(path.join(tmpdir(), 'gongshi-deploy-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('docs/nginx/gongshi.conf', () => {
  it.skipIf(!nginxBin && !inCi)(`passes nginx -t${whyNot('nginx', nginxBin)}`, () => {
    expect(nginxBin, 'nginx is not installed (apt-get install nginx-light)').toBeDefined();
    const result = nginxTest(nginxBin as string, path.join(temp, 'nginx-t'), distDir());
    expect(result.output).toMatch(/test is successful/);
    expect(result.output).not.toMatch(/\[warn\]|\[emerg\]/);
    expect(result.status).toBe(0);
  });

  it('sends the security headers of public/_headers, the same text', () => {
    const conf = readFileSync(path.join(root, 'docs/nginx/gongshi.conf'), 'utf8');
    const headers = readFileSync(path.join(root, 'public/_headers'), 'utf8');
    const block = headers.split(/^\/\*$/m)[1]?.split(/^\S/m)[0] ?? '';
    const lines = block.split('\n').filter((l) => /^\s+[\w-]+:/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) {
      const [, name, value] = /^\s+([\w-]+):\s*(.*)$/.exec(line) ?? [];
      expect(conf, name).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});

// ---------------------------------------------------------------------------------------------------

interface Run {
  code: number | null;
  /** stdout and stderr as they came (for signals and secrets). */
  output: string;
  /** stdout alone: the plan's lines, never split by rclone's lines on stderr. */
  stdout: string;
}

/** Files of a build folder (or the served folder) with their bytes, minus host config and the deploy's own. */
function tree(dir: string): Map<string, Buffer> {
  return new Map(
    listFiles(dir)
      .filter((p) => p !== '_headers' && !p.startsWith('.gongshi-deploy/'))
      .map((p) => [p, readFileSync(path.join(dir, p))]),
  );
}

/** Site paths a page refers to on its own site (links, stylesheets, scripts, images, og:image). */
function references(html: string, siteUrl: string): string[] {
  const refs: string[] = [];
  for (const [, value] of html.matchAll(/\b(?:href|src|content)="([^"#?]+)/g)) {
    const v = value as string;
    if (v.startsWith(siteUrl)) refs.push(`/${v.slice(siteUrl.length)}`);
    else if (v.startsWith('/') && !v.startsWith('//')) refs.push(v);
  }
  return refs;
}

function fileOfUrl(url: string): string {
  const p = decodeURIComponent(url).replace(/^\//, '');
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}

/** Every page on the server refers only to files that are there, and every file is one build's version. */
function expectConsistent(served: string, builds: Array<Map<string, Buffer>>, siteUrl: string): void {
  const files = tree(served);
  const missing: string[] = [];
  for (const [file, bytes] of files) {
    const known = builds.some((b) => b.get(file)?.equals(bytes));
    expect(known, `${file} is no build's version (half a file?)`).toBe(true);
    if (!file.endsWith('.html')) continue;
    for (const ref of references(bytes.toString('utf8'), siteUrl)) {
      if (!files.has(fileOfUrl(ref))) missing.push(`${file} → ${ref}`);
    }
  }
  const entry = files.get('pagefind/pagefind-entry.json');
  if (entry) {
    const languages = (JSON.parse(entry.toString()) as { languages: Record<string, { hash: string }> })
      .languages;
    for (const { hash } of Object.values(languages)) {
      const meta = `pagefind/pagefind.${hash}.pf_meta`;
      if (!files.has(meta)) missing.push(`pagefind-entry.json → ${meta}`);
    }
  }
  expect(missing).toEqual([]);
}

describe.skipIf(!rcloneBin && !inCi)(
  `npm run deploy to a WebDAV server${whyNot('rclone', rcloneBin)}`,
  () => {
    let webdav: Webdav;
    let nginx: Nginx | undefined;
    let v1: Map<string, Buffer>;
    let v2: Map<string, Buffer>;
    let v2Dir: string;
    let siteUrl: string;
    const served = path.join(temp, 'dav', 'www');
    const outputs: string[] = [];
    const dropped = { file: '' }; // an old month's download the v2 build no longer has

    /** `npm run deploy` as a child process; `stopWhen` sends `signal` once the output matches it. */
    function deploy(
      dist: string,
      extra: string[] = [],
      stop?: { when: RegExp; signal: NodeJS.Signals; env?: NodeJS.ProcessEnv },
    ): Promise<Run> {
      return new Promise((resolve) => {
        const child = spawn(
          process.execPath,
          ['scripts/deploy.ts', '--to', 'site:www', '--dist', dist, ...extra],
          {
            cwd: root,
            env: { ...webdav.env, ...stop?.env },
            detached: true, // its own process group, so SIGKILL reaches rclone too
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let output = '';
        let stdout = '';
        let sent = false;
        // Decoded as streams: a chunk may end inside a multi-byte character (上传 split in two).
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        const onData = (chunk: string): void => {
          output += chunk;
          if (stop && !sent && stop.when.test(output)) {
            sent = true;
            if (stop.signal === 'SIGKILL') process.kill(-(child.pid as number), 'SIGKILL');
            else child.kill(stop.signal);
          }
        };
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk;
          onData(chunk);
        });
        child.stderr.on('data', onData);
        child.on('close', (code) => {
          outputs.push(output);
          resolve({ code, output, stdout });
        });
      });
    }

    /** Fetch every URL of a build (and its hashed assets) from nginx: bytes, Content-Type, Cache-Control. */
    async function expectServed(build: Map<string, Buffer>, dir: string): Promise<void> {
      const urls = (JSON.parse(readFileSync(path.join(dir, 'data/urls.json'), 'utf8')) as { urls: string[] })
        .urls;
      const assets = [...build.keys()].filter((p) => /^(_astro|pagefind)\//.test(p)).map((p) => `/${p}`);
      expect(urls.length).toBeGreaterThan(300);
      const problems: string[] = [];
      for (const url of [...urls, ...assets]) {
        const file = fileOfUrl(url);
        const want = build.get(file) ?? v1.get(file); // a dropped old download is still served from v1
        if (!nginx) {
          const have = readFileSync(path.join(served, file));
          if (!want?.equals(have)) problems.push(`${url}: bytes differ`);
          continue;
        }
        const response = await fetch(`${nginx.base}${encodeURI(url)}`);
        const body = Buffer.from(await response.arrayBuffer());
        const headers = headersFor(file);
        if (response.status !== 200) problems.push(`${url}: HTTP ${response.status}`);
        else if (!want?.equals(body)) problems.push(`${url}: bytes differ`);
        if (response.headers.get('content-type') !== headers.contentType) {
          problems.push(
            `${url}: Content-Type ${response.headers.get('content-type')}, want ${headers.contentType}`,
          );
        }
        if (response.headers.get('cache-control') !== headers.cacheControl) {
          problems.push(
            `${url}: Cache-Control ${response.headers.get('cache-control')}, want ${headers.cacheControl}`,
          );
        }
        if (response.headers.get('x-content-type-options') !== 'nosniff') problems.push(`${url}: no nosniff`);
      }
      expect(problems).toEqual([]);
    }

    const uploadedIn = (output: string): string[] =>
      [...output.matchAll(/^ {2}上传 (?:新增|更新) {2}(\S+)/gm)].map((m) => m[1] as string).sort();

    beforeAll(async () => {
      siteUrl = (JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')) as { siteUrl: string })
        .siteUrl;
      webdav = await startWebdav(path.join(temp, 'dav'), path.join(temp, 'rclone.conf'));
      if (nginxBin) nginx = await startNginx(nginxBin, path.join(temp, 'nginx'), served);
      v1 = tree(distDir());

      // The next month's update: a copy of the sample data with one more snapshot, one building further on.
      const data = path.join(temp, 'data');
      cpSync(path.join(root, 'data'), data, { recursive: true });
      const months = readdirSync(path.join(data, 'snapshots'))
        .filter((f) => /^\d{4}-\d{2}\.csv$/.test(f))
        .sort();
      const last = months.at(-1) as string;
      const [year, month] = last.slice(0, 7).split('-').map(Number) as [number, number];
      const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
      const lines = readFileSync(path.join(data, 'snapshots', last), 'utf8').split('\n');
      const header = (lines[0] as string).split(',');
      const [notice, permit] = [header.indexOf('notice'), header.indexOf('permit')];
      const row = lines.findIndex(
        (l, i) => i > 0 && l.split(',')[1] === 'active' && l.split(',')[notice] && !l.split(',')[permit],
      );
      const cells = (lines[row] as string).split(',');
      cells[permit] = `${next}-15`;
      lines[row] = cells.join(',');
      writeFileSync(path.join(data, 'snapshots', `${next}.csv`), lines.join('\n'));
      v2Dir = path.join(root, 'test-results', 'deploy-v2');
      rmSync(v2Dir, { recursive: true, force: true });
      const build = (): ReturnType<typeof spawnSync> =>
        spawnSync('npm', ['run', 'build', '--', '--force', '--outDir', v2Dir], {
          cwd: root,
          env: { ...process.env, GONGSHI_DATA: data },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
      let result = build();
      if (result.status !== 0) result = build(); // a neighbour's build may rewrite .astro/ mid-way
      expect(result.status, String(result.stderr).slice(-3000)).toBe(0);
      // A build that no longer has an old month's download (the deploy must keep it anyway).
      dropped.file = `data/snapshots/${months[0]?.replace('.csv', '.json')}`;
      rmSync(path.join(v2Dir, dropped.file));
      v2 = tree(v2Dir);
    }, 600_000);

    afterAll(() => {
      webdav?.stop();
      nginx?.stop();
      rmSync(v2Dir, { recursive: true, force: true });
      // No password, plain or obscured, in anything the deploys or the server printed.
      for (const text of [...outputs, webdav?.log() ?? '']) {
        for (const secret of webdav?.secrets ?? []) expect(text.includes(secret)).toBe(false);
      }
    });

    it('uploads the sample build; every URL comes back byte for byte with its headers', async () => {
      const run = await deploy(distDir());
      expect(run.code, run.output).toBe(0);
      expect(uploadedIn(run.stdout)).toEqual([...v1.keys()].sort());
      await expectServed(v1, distDir());
      expectConsistent(served, [v1], siteUrl);
    }, 600_000);

    it('a dry run lists exactly the files the monthly update changed, and changes nothing', async () => {
      const before = tree(served);
      const run = await deploy(v2Dir, ['--dry-run']);
      expect(run.code, run.output).toBe(0);
      const changed = [...v2]
        .filter(([p, bytes]) => !v1.get(p)?.equals(bytes))
        .map(([p]) => p)
        .sort();
      expect(changed.length).toBeGreaterThan(10);
      expect(uploadedIn(run.stdout)).toEqual(changed);
      expect(run.stdout).toContain(`保留        ${dropped.file}`);
      expect(tree(served)).toEqual(before);
    }, 600_000);

    it('deploys the update: only the changed files, and the old download stays', async () => {
      const run = await deploy(v2Dir);
      expect(run.code, run.output).toBe(0);
      const changed = [...v2]
        .filter(([p, bytes]) => !v1.get(p)?.equals(bytes))
        .map(([p]) => p)
        .sort();
      expect(uploadedIn(run.stdout)).toEqual(changed);
      expect(readFileSync(path.join(served, dropped.file)).equals(v1.get(dropped.file) as Buffer)).toBe(true);
      await expectServed(v2, v2Dir);
      expectConsistent(served, [v1, v2], siteUrl);
    }, 600_000);

    it('killed half-way through the upload, leaves the published site as it was', async () => {
      const run = await deploy(distDir(), [], {
        when: /Copied/,
        signal: 'SIGKILL',
        env: { RCLONE_BWLIMIT: '1M' },
      });
      expect(run.code).not.toBe(0);
      const now = tree(served);
      for (const [file, bytes] of v2) expect(now.get(file)?.equals(bytes), file).toBe(true);
      expectConsistent(served, [v1, v2], siteUrl);
    }, 600_000);

    it('stopped while replacing pages, leaves every page working, old or new', async () => {
      const run = await deploy(distDir(), [], { when: /替换 \d+ 个页面/, signal: 'SIGTERM' });
      expect(run.code, run.output).toBe(130);
      expect(run.output).toContain('已中断');
      expectConsistent(served, [v1, v2], siteUrl);
      const pages = [...tree(served)].filter(([p]) => p.endsWith('.html'));
      const old = pages.filter(([p, b]) => v2.get(p)?.equals(b) && !v1.get(p)?.equals(b));
      const fresh = pages.filter(([p, b]) => v1.get(p)?.equals(b) && !v2.get(p)?.equals(b));
      expect(old.length, 'some pages still the update').toBeGreaterThan(0);
      expect(fresh.length, 'some pages already rolled back').toBeGreaterThan(0);
    }, 600_000);

    it('a rerun completes it; a run after that removes the assets kept one deploy longer', async () => {
      const run = await deploy(distDir());
      expect(run.code, run.output).toBe(0);
      const kept = [...run.stdout.matchAll(/^ {2}暂留 +(\S+)/gm)].map((m) => m[1] as string);
      expect(kept.length).toBeGreaterThan(0);
      for (const file of kept) expect(existsSync(path.join(served, file)), file).toBe(true);
      const again = await deploy(distDir());
      expect(again.code, again.output).toBe(0);
      expect(uploadedIn(again.stdout)).toEqual([]);
      for (const file of kept) expect(existsSync(path.join(served, file)), file).toBe(false);
      // The rollback took back the update's pages, but never its new month's downloads.
      const downloads = [...v2].filter(([p]) => isSnapshotDownload(p) && !v1.has(p));
      expect(downloads.length).toBeGreaterThan(0);
      expect(tree(served)).toEqual(new Map([...v1, ...downloads]));
    }, 600_000);
  },
);
