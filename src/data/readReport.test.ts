import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { makeReport } from '../../tests/factories.ts';
import { writeDataset } from '../../tests/data/tempDataset.ts';
import { resolveGongshiConfig } from '../config/gongshiConfig.ts';
import { loadDataset } from './loadDataset.ts';
import { readReport } from './readReport.ts';

const root = path.resolve(import.meta.dirname, '../..');
const text = JSON.stringify(makeReport({ siteUrl: 'https://xicun.example.cn/' }), null, 2);
const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const encodings: [string, Uint8Array][] = [
  ['UTF-8', Buffer.from(text)],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
  ['UTF-16 (Excel/Notepad "Unicode")', utf16],
  ['GB18030', iconv.encode(text, 'gb18030')],
];

describe('readReport', () => {
  it.each(encodings)('reads report.json saved as %s, the same as the loader', async (_name, bytes) => {
    const dir = await writeDataset({ 'report.json': bytes });
    expect(readReport(dir).report?.siteUrl).toBe('https://xicun.example.cn/');
    const loaded = await loadDataset(dir);
    expect(loaded.ok && loaded.dataset.report.siteUrl).toBe('https://xicun.example.cn/');
  });

  it('gives the build config and the workflow (npm run site-url) the address of a UTF-16 report.json', async () => {
    const dir = await writeDataset({ 'report.json': utf16 });
    const env = { ...process.env, GONGSHI_DATA: dir };
    const printed = spawnSync(process.execPath, ['scripts/site-url.ts'], { cwd: root, env, encoding: 'utf8' });
    expect(printed.stdout).toBe('https://xicun.example.cn/\n');
    // The gongshi() integration sets Astro's site and base from this configuration.
    expect(resolveGongshiConfig(root, env).site).toBe('https://xicun.example.cn/');
  });

  it('names report.json and the fix when it is missing or invalid', async () => {
    const dir = await writeDataset({ 'report.json': null });
    expect(readReport(dir).problems[0]?.file).toBe(path.join(dir, 'report.json'));
    writeFileSync(path.join(dir, 'report.json'), '{"title": 1}');
    const printed = spawnSync(process.execPath, ['scripts/site-url.ts', '--data', dir], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(printed.status).toBe(1);
    expect(printed.stderr).toContain(`${path.join(dir, 'report.json')}:1:`);
  });
});
