// npm run template -- [--month YYYY-MM] [--data DIR] [--out FILE]
// The month's Excel template for the office (see docs/publishing.md). Exit 1 when nothing was written.
import { parseArgs } from 'node:util';
import { makeTemplate } from '../src/publish/makeTemplate.ts';
import { dataDirOption } from '../src/config/gongshiConfig.ts';

const { values } = parseArgs({
  options: { month: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' } },
});
const result = await makeTemplate({
  dataDir: dataDirOption(values.data),
  ...(values.month === undefined ? {} : { month: values.month }),
  ...(values.out === undefined ? {} : { out: values.out }),
});
for (const line of result.lines) (result.code === 0 ? console.log : console.error)(line);
process.exitCode = result.code;
