// npm run snapshot:add -- <file.csv|file.xlsx> --month YYYY-MM [--data DIR] [--replace] [--format github] [--annotate OUT.xlsx]
// See docs/publishing.md. Exit 0 when the month was added, 1 when nothing was written.
import { parseArgs } from 'node:util';
import { snapshotAdd } from '../src/publish/snapshotAdd.ts';
import { dataDirOption } from '../src/config/gongshiConfig.ts';

const USAGE =
  'usage: npm run snapshot:add -- <导出文件.csv|.xlsx> --month YYYY-MM [--data DIR] [--replace] [--format text|github] [--annotate 标红副本.xlsx]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    month: { type: 'string' },
    data: { type: 'string' },
    replace: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    annotate: { type: 'string' },
  },
});
const input = positionals[0];
if (input === undefined || values.month === undefined || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
const result = await snapshotAdd({
  input,
  month: values.month,
  dataDir: dataDirOption(values.data),
  replace: values.replace,
  format: values.format === 'github' ? 'github' : 'text',
  ...(values.annotate === undefined ? {} : { annotate: values.annotate }),
  now: new Date(),
});
for (const line of result.stdout) console.log(line);
for (const line of result.stderr) console.error(line);
process.exitCode = result.code;
