// Every internal link, image, stylesheet, poster and download in the built site resolves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from './dist.ts';
import { checkLinks } from './linkCheck.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

function siteUrl(): string | undefined {
  try {
    const report = JSON.parse(readFileSync(path.join(repoRoot, 'data', 'report.json'), 'utf8')) as {
      siteUrl?: unknown;
    };
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
  // Group similar targets (same element, reason and directory), so 318 missing building cards are one line.
  const groups = new Map<string, Set<string>>();
  for (const b of report.broken) {
    const dir = b.ref.replace(/[^/]*$/, '*');
    const key = `${b.where} ${dir}: ${b.reason}`;
    groups.set(key, (groups.get(key) ?? new Set()).add(`${b.ref} on ${b.from}`));
  }
  const lines = [...groups].map(
    ([key, refs]) => `${key} — ${String(refs.size)}× e.g. ${[...refs].slice(0, 2).join('; ')}`,
  );
  expect(lines).toEqual([]);
  expect(report.pages).toBeGreaterThan(1);
});
