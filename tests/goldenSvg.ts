// Golden SVG comparison (Plot's snapshot habit): a mismatch writes `<name>-changed.svg` beside the
// committed file for review; a missing golden is written once and must then be committed.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./golden/', import.meta.url));

/** Compares `svg` with tests/golden/<name>.svg; returns a message on mismatch, or undefined. */
export function compareGolden(name: string, svg: string): string | undefined {
  const file = `${dir}${name}.svg`;
  const changed = `${dir}${name}-changed.svg`;
  const actual = `${svg}\n`;
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
  return `${name}.svg differs from the golden; review ${changed} and copy it over the golden if intended`;
}
