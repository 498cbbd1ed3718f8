// npm run inbox -- [--data DIR] [--inbox DIR] [--comment FILE] [--base DIR] [--out DIR] [--run-url URL]
// Imports every file in inbox/ (see docs/publishing.md). Exit 1 when any file was not imported.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runInbox } from '../src/publish/inbox.ts';
import { dataDirOption } from '../src/config/gongshiConfig.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    inbox: { type: 'string', default: 'inbox' },
    comment: { type: 'string' },
    base: { type: 'string' },
    out: { type: 'string' },
    'run-url': { type: 'string' },
  },
});
const result = await runInbox({
  dataDir: dataDirOption(values.data),
  inboxDir: values.inbox,
  ...(values.base === undefined ? {} : { baseDataDir: values.base }),
  ...(values.out === undefined ? {} : { outDir: values.out }),
  ...(values['run-url'] === undefined ? {} : { runUrl: values['run-url'] }),
});
if (values.comment === undefined) console.log(result.comment);
else {
  writeFileSync(values.comment, result.comment);
  for (const file of result.files) {
    const status = file.ok ? `已导入 → ${file.written ?? ''}` : `${file.problems.length} 个问题，未导入`;
    console.log(`${file.name}: ${status}`);
    if (!file.ok) for (const p of file.problems) console.error(p.text);
  }
  console.log(`评论已写入 ${values.comment}`);
}
process.exitCode = result.code;
