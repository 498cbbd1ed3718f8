// Every built HTML page passes html-validate with the recommended preset (.htmlvalidate.json).
// JSON allows no comments and html-validate's schema rejects unknown keys, so each exception to the preset
// is justified here, and a test keeps this list and the config in step.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { distDir } from './dist.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** Rule → why the site departs from html-validate:recommended. */
const JUSTIFIED: Record<string, string> = {};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

test('every exception in .htmlvalidate.json is justified', () => {
  const config = JSON.parse(readFileSync(path.join(repoRoot, '.htmlvalidate.json'), 'utf8')) as {
    rules?: Record<string, unknown>;
  };
  expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(JUSTIFIED).sort());
});

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const root = distDir();
  const files = htmlFiles(root);
  // One line per distinct problem (rule, message, element), with how many pages have it and where.
  const problems = new Map<string, string[]>();
  const byRule = new Map<string, number>();
  for (const file of files) {
    // Validate with the repository's config, whatever directory the build was written to.
    const report = await validator.validateString(
      readFileSync(file, 'utf8'),
      path.join(repoRoot, 'dist', path.relative(root, file)),
    );
    for (const result of report.results) {
      for (const m of result.messages) {
        byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
        const key = `${m.ruleId}: ${m.message} (${(m.selector ?? '').replace(/:nth-child\(\d+\)/g, '')})`;
        problems.set(key, [
          ...(problems.get(key) ?? []),
          `${path.relative(root, file)}:${String(m.line)}:${String(m.column)}`,
        ]);
      }
    }
  }
  if (byRule.size > 0) console.table(Object.fromEntries(byRule));
  expect(files.length).toBeGreaterThan(0);
  const lines = [...problems].map(
    ([key, where]) => `${key} — ${String(where.length)}× e.g. ${where.slice(0, 3).join(', ')}`,
  );
  expect(lines).toEqual([]);
});
