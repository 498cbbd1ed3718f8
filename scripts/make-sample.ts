// Regenerates the illustrative sample data in data/ from a fixed seed (`npm run sample`).
// Output is byte-identical on every run; the generator refuses to write figures that are off.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSampleFiles } from './sample/makeSampleFiles.ts';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const files = makeSampleFiles();
for (const [path, content] of files) {
  const target = join(dataDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
console.log(`wrote ${files.size} files to ${dataDir}`);
