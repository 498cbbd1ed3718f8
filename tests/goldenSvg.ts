// Golden file comparison, Plot's snapshot habit (SVG charts, page text): a mismatch writes `<name>-changed.<ext>` beside the
// committed file for review; a missing golden is written once and must then be committed.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./golden/', import.meta.url));

/** Compares `content` with tests/golden/<name>.<ext>; returns a message on mismatch, or undefined. */
export function compareGolden(name: string, content: string, ext = 'svg'): string | undefined {
  const file = `${dir}${name}.${ext}`;
  const changed = `${dir}${name}-changed.${ext}`;
  const actual = `${content}\n`;
  if (!existsSync(file)) {
    if (process.env['CI']) return `missing golden ${file}`;
    writeFileSync(file, actual);
    return undefined;
  }
  if (readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return undefined;
  }
  writeFileSync(changed, actual);
  return `${name}.${ext} differs from the golden; review ${changed} and copy it over the golden if intended`;
}
