// npm run check:permalinks against the built sample site as "what was published": a removed URL fails;
// every changed published cell needs a correction row documenting exactly that change; the published
// site must be readable (connection and HTTP errors fail), and only --first-publish skips the check.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UrlList } from '../../src/publish/siteUrls.ts';
import { distDir } from '../browser/dist.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A copy of the bundled data, for one test to edit. */
function dataCopy(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'gongshi-data-')), 'data');
  cpSync(path.join(root, 'data'), dir, { recursive: true });
  return dir;
}

async function check(...args: string[]): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, ['scripts/check-permalinks.ts', ...args], { cwd: root });
  let output = '';
  // Decoded as streams, so a character split across two chunks stays whole.
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, output };
}
const against = (data: string): Promise<{ status: number | null; output: string }> =>
  check('--previous', distDir(), '--current', distDir(), '--data', data);

describe('check:permalinks', () => {
  it('passes when the build is compared with itself', async () => {
    const { status, output } = await against(path.join(root, 'data'));
    expect(output).toContain('check:permalinks: ok');
    expect(status).toBe(0);
  });

  it('fails when a URL published before is gone', async () => {
    const published = mkdtempSync(path.join(tmpdir(), 'gongshi-previous-'));
    cpSync(path.join(distDir(), 'data'), path.join(published, 'data'), { recursive: true });
    const urlsFile = path.join(published, 'data', 'urls.json');
    const urls = JSON.parse(readFileSync(urlsFile, 'utf8')) as UrlList;
    urls.urls.push('/reports/2019-01/');
    writeFileSync(urlsFile, JSON.stringify(urls));
    const { status, output } = await check('--previous', published, '--current', distDir());
    expect(status).toBe(1);
    expect(output).toContain('/reports/2019-01/: 已发布的网址在新版本中不存在');
  });

  it('refuses a published month replaced by another month, even with a correction for that month', async () => {
    // snapshot:add --replace with April's export as May, plus one unrelated correction row for May.
    const data = dataCopy();
    cpSync(path.join(data, 'snapshots', '2025-04.csv'), path.join(data, 'snapshots', '2025-05.csv'));
    appendFileSync(
      path.join(data, 'corrections.csv'),
      '2025-05,xiwan-004,notice,2025-01-01,2025-01-02,2025-05-20,无关的更正\n',
    );
    const { status, output } = await against(data);
    expect(status).toBe(1);
    const may = path.join(data, 'snapshots', '2025-05.csv');
    expect(output).toMatch(
      new RegExp(
        `${may}:\\d+:\\d+: error: 已发布的 2025-05 快照中，[\\w-]+ 的 (permit|construction|in_service) 为 2025-05-\\d\\d，现在为 （空）`,
      ),
    );
    expect(output).toContain(
      `${path.join(data, 'corrections.csv')}:4:1: error: 这条更正没有用上：数据和已发布的网站中都没有 2025-05 xiwan-004 的 notice`,
    );
    expect(output).toMatch(
      /\/data\/timeseries\/street\.json:1:1: error: 已发布的 2025-05 全街 的 \w+ 为 \d+，现在算出来是 \d+/,
    );
  });

  it('passes a changed published cell when a correction documents exactly that change', async () => {
    const data = dataCopy();
    const file = path.join(data, 'snapshots', '2025-05.csv');
    const text = readFileSync(file, 'utf8');
    // A remark of an old month, which only the comparison with the published site can see changed.
    const line = text.split('\n').find((l) => /^xiwan-\d+,active,.*,[^,\r]+\r?$/.test(l)) ?? '';
    const id = line.split(',')[0] ?? '';
    const note = line.replace(/\r$/, '').split(',').at(-1) ?? '';
    writeFileSync(file, text.replace(line, line.replace(`,${note}`, ',更正后的备注')));
    const wrong = await against(data);
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain(`已发布的 2025-05 快照中，${id} 的 note 为 ${note}，现在为 更正后的备注`);
    // A correction for that cell with other values documents nothing.
    const corrections = path.join(data, 'corrections.csv');
    appendFileSync(corrections, `2025-05,${id},note,别的备注,更正后的备注,2025-10-01,备注写错\n`);
    expect((await against(data)).output).toContain(`${corrections}:4:1: error: 这条更正没有用上`);
    writeFileSync(corrections, readFileSync(corrections, 'utf8').replace('别的备注', note));
    const documented = await against(data);
    expect(documented.output).toContain('check:permalinks: ok');
    expect(documented.status).toBe(0);
  });

  it('refuses buildings moved to another community without an effective month', async () => {
    const data = dataCopy();
    const file = path.join(data, 'buildings.csv');
    const moved = ['xiwan-001', 'xiwan-002', 'xiwan-003', 'xiwan-004', 'xiwan-005'];
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text
        .split('\n')
        .map((l) => (moved.includes(l.split(',')[0] ?? '') ? l.replace(',xiwan,', ',guangya,') : l))
        .join('\n'),
    );
    const { status, output } = await against(data);
    expect(status).toBe(1);
    for (const id of moved) {
      expect(output).toContain(
        `${file}:1:1: error: ${id} 的 community_id 已发布为 xiwan，buildings.csv 中现在为 guangya`,
      );
    }
    expect(output).toMatch(
      /communities\.json:1:1: error: 已发布的 2024-09 社区 xiwan 的 buildings 为 \d+，现在算出来是 \d+/,
    );

    // Effective from next month: past months keep the community they were published with.
    appendFileSync(
      path.join(data, 'corrections.csv'),
      moved.map((id) => `2025-10,${id},community_id,xiwan,guangya,2025-10-08,社区划分调整\n`).join(''),
    );
    const documented = await against(data);
    expect(documented.output).toContain('check:permalinks: ok');
    expect(documented.status).toBe(0);
  });
});

describe('check:permalinks baseline', () => {
  let notFound: Server;
  let site: Server;
  const url = (server: Server): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  beforeAll(async () => {
    notFound = createServer((_req, res) => res.writeHead(404).end('not found'));
    // Serves the built sample as "the published site".
    site = createServer((req, res) => {
      const file = path.join(distDir(), decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!file.startsWith(distDir()) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200).end(readFileSync(file));
    });
    await Promise.all([notFound, site].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
  });
  afterAll(() => {
    notFound.close();
    site.close();
  });

  it('fails on an unreachable address instead of assuming nothing was published', async () => {
    const { status, output } = await check('--previous', 'http://127.0.0.1:9/', '--current', distDir());
    expect(status).toBe(2);
    expect(output).toContain('http://127.0.0.1:9/data/manifest.json: 连接失败');
  });

  it('fails on a 404 without --first-publish', async () => {
    const { status, output } = await check('--previous', url(notFound), '--current', distDir());
    expect(status).toBe(2);
    expect(output).toContain(`${url(notFound)}data/manifest.json: HTTP 404`);
  });

  it('refuses the old --allow-missing-previous', async () => {
    const { status, output } = await check('--previous', url(notFound), '--allow-missing-previous');
    expect(status).toBe(2);
    expect(output).toContain('--first-publish');
  });

  it('skips only when the first publish is declared, and not when a site is already there', async () => {
    const first = await check('--first-publish', '--previous', url(notFound));
    expect(first.status).toBe(0);
    expect(first.output).toContain('声明为首次发布');
    const already = await check('--first-publish', '--previous', url(site));
    expect(already.status).toBe(1);
    expect(already.output).toContain('已有发布的网站');
  });

  it('compares with a published site read over HTTP', async () => {
    const { status, output } = await check('--previous', url(site), '--current', distDir(), '--data', 'data');
    expect(output).toContain('check:permalinks: ok');
    expect(status).toBe(0);
  });
});
