// npm run bench:xlsx: reading hostile .xlsx files. Each case runs in its own Node process so its peak
// memory (maxRSS) is its own: the sample's template, a 1.6 MB file that inflates to 1.5 GB, the same with a
// part that lies about its size, and a good workbook padded with 1.2 GB of parts nobody reads.
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { loadDataset } from '../src/data/loadDataset.ts';
import { readWorkbook } from '../src/workbook/readWorkbook.ts';
import { templateWorkbook } from '../src/workbook/templateWorkbook.ts';
import { entry, zeros, zip, type ZipEntry } from './bench/zipFile.ts';

const [, , mode, file] = process.argv;
if (mode === '--case' && file) {
  // Child: read one file, report time and peak memory.
  const bytes = readFileSync(file);
  const started = performance.now();
  const result = await readWorkbook(bytes);
  const ms = performance.now() - started;
  const outcome = result.ok ? `read ${result.rows.length} rows` : result.message.slice(0, 60);
  process.send?.({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, outcome });
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongshi-bench-xlsx-'));
  const loaded = await loadDataset(path.resolve(import.meta.dirname, '..', 'data'));
  if (!loaded.ok) throw new Error('data/ does not validate');
  const template = Buffer.from(await templateWorkbook(loaded.dataset, '2025-10').xlsx.writeBuffer());
  const parts: ZipEntry[] = Object.entries(unzipSync(new Uint8Array(template))).map(([name, data]) =>
    entry(name, Buffer.from(data)),
  );
  const withoutSheet = parts.filter((p) => p.name !== 'xl/worksheets/sheet1.xml');
  const cases: Record<string, Buffer> = {
    template: template,
    'bomb 1.5 GB': zip([...withoutSheet, zeros('xl/worksheets/sheet1.xml', 1536)]),
    'liar 1.5 GB declared 4 KB': zip([...withoutSheet, zeros('xl/worksheets/sheet1.xml', 1536, 4096)]),
    'unused 3 × 400 MB': zip([
      ...parts,
      zeros('xl/media/image1.png', 400),
      zeros('customXml/item1.xml', 400),
      zeros('xl/printerSettings/printerSettings1.bin', 400),
    ]),
  };
  try {
    for (const [name, bytes] of Object.entries(cases)) {
      const target = path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
      writeFileSync(target, bytes);
      const child = fork(import.meta.filename, ['--case', target]);
      const report = await new Promise<unknown>((resolve) => child.once('message', resolve));
      child.kill();
      console.log(
        JSON.stringify({ case: name, file_mb: +(bytes.length / 1048576).toFixed(2), ...(report as object) }),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
