// Every internal link, image, stylesheet, poster and download in the built site resolves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from './dist.ts';
import { checkLinks } from './linkCheck.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

function siteUrl(): string | undefined {
  try {
    const report = JSON.parse(readFileSync(path.join(repoRoot, 'data', 'report.json'), 'utf8')) as { siteUrl?: unknown };
    return typeof report.siteUrl === 'string' ? report.siteUrl : undefined;
  } catch {
    return undefined;
  }
}

test('crawling from / finds no broken internal reference', () => {
  const url = siteUrl();
  const report = checkLinks(distDir(), url === undefined ? {} : { siteUrl: url });
  console.log(
    `link check: ${String(report.pages)} pages crawled, ${String(report.targets)} targets, ${String(report.broken.length)} broken, ` +
      `${String(report.unreachable.length)} pages not linked from any crawled page${report.unreachable.length > 0 ? ` (e.g. ${report.unreachable.slice(0, 5).join(', ')})` : ''}`,
  );
  // Group by target so one missing file linked from 300 pages is one line, not 300.
  const byTarget = new Map<string, string[]>();
  for (const b of report.broken) {
    const key = `${b.where} ${b.ref}: ${b.reason}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), b.from]);
  }
  const lines = [...byTarget].map(
    ([key, froms]) => `${key} — on ${froms.slice(0, 3).join(', ')}${froms.length > 3 ? ` and ${String(froms.length - 3)} more` : ''}`,
  );
  expect(lines).toEqual([]);
  expect(report.pages).toBeGreaterThan(1);
});
