// npm run -s site-url [-- --data DIR]
// Prints the published address (report.json `siteUrl`) read by the same reader as the build, for the
// publish workflow; exit 1 with the problems when report.json does not validate.
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/data/formatProblems.ts';
import { readReport } from '../src/data/readReport.ts';
import { dataDirOption } from '../src/config/gongshiConfig.ts';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const { report, problems } = readReport(dataDirOption(values.data));
if (report) console.log(report.siteUrl);
else {
  console.error(formatProblems(problems, 'text'));
  process.exitCode = 1;
}
