// The pull request comment for an inbox import, in Chinese Markdown. Its first line is a hidden marker
// the workflow finds it by, so a re-upload edits this comment instead of adding another.
import { formatMonth } from '../format/dates.ts';
import type { InboxFile, InboxResult } from './inboxResult.ts';

export const COMMENT_MARKER = '<!-- gongshi-inbox -->';

/** Text from the office's file, safe in Markdown: no markup, no @mentions, no HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/\r?\n/g, ' ');
}

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

function figuresTable(file: InboxFile): string[] {
  const { figures, milestones } = file;
  if (!figures || !milestones) return [];
  const { current, previous } = figures;
  const before = previous ? formatMonth(previous.month) : '上月';
  const lines = [
    `| 步骤 | ${before} | ${formatMonth(current.month)} | 变化 |`,
    '| --- | ---: | ---: | ---: |',
    ...milestones.map((m) => {
      const now = current.reached[m.key] ?? 0;
      const was = previous?.reached[m.key];
      return `| ${escapeMarkdown(m.label)} | ${was ?? '—'} | ${now} | ${was === undefined ? '—' : signed(now - was)} |`;
    }),
  ];
  return [`#### 数字（累计到达各步骤的${file.words?.noun ?? '行'}数）`, '', ...lines, ''];
}

function succeeded(file: InboxFile): string[] {
  // Rows in the programme's words: 152 栋楼, 30 个小区.
  const rows = (n: number): string =>
    file.words ? `${n} ${file.words.counter}${file.words.item}` : `${n} 行`;
  const lines = [
    `### ✅ ${escapeMarkdown(file.name)}：${formatMonth(file.month)}已导入`,
    '',
    `${escapeMarkdown(file.read ?? '')}。已写入 \`${file.written ?? ''}\`（${rows(file.rows ?? 0)}），上传的文件已从 \`inbox/\` 移走。请逐条核对下面的变化是否属实。`,
    '',
    ...figuresTable(file),
  ];
  const items = file.summary?.items ?? [];
  lines.push('#### 本月的变化', '');
  if (items.length === 0) lines.push(`与上月相比没有变化（${rows(0)}有变化）。`, '');
  for (const item of items) {
    lines.push(`- **${escapeMarkdown(item.heading)}**`);
    for (const entry of item.entries) lines.push(`  - ${escapeMarkdown(entry.text)}`);
  }
  if (items.length > 0) lines.push('');
  const warnings = file.problems.filter((p) => p.severity === 'warning');
  if (warnings.length > 0) {
    lines.push('#### 提醒（不影响导入）', '', ...warnings.map((w) => `- ${escapeMarkdown(w.text)}`), '');
  }
  return lines;
}

function failed(file: InboxFile): string[] {
  const errors = file.problems.filter((p) => p.severity === 'error');
  const title = file.month ? `${formatMonth(file.month)}的数据` : '文件';
  return [
    `### ❌ ${escapeMarkdown(file.name)}：${title}有 ${errors.length} 个问题，没有导入`,
    '',
    '每一条写明位置（表格的工作表和单元格，即 Excel 左上角名称框里显示的；CSV 的行和列）、地址和改法：',
    '',
    ...file.problems.map((p) => `- ${p.severity === 'warning' ? '（提醒）' : ''}${escapeMarkdown(p.text)}`),
    '',
    ...(file.annotated
      ? ['下载下面的“标红的副本”：出错的格子已填成红色，鼠标移到格子上可看到说明。', '']
      : []),
    '在 Excel 里改正后，保存为同一个文件名，重新上传到本分支的 `inbox/` 文件夹；这条评论会自动更新。**数据目录没有任何改动。**',
    '',
  ];
}

/** The whole comment. */
export function inboxComment(result: Omit<InboxResult, 'comment'>, runUrl?: string): string {
  const lines = [COMMENT_MARKER, '## 数据导入结果', ''];
  if (result.files.length === 0) {
    lines.push('`inbox/` 中没有要导入的文件（.xlsx 或 .csv，文件名是月份，例如 `2025-10.xlsx`）。', '');
  }
  for (const file of result.files) lines.push(...(file.ok ? succeeded(file) : failed(file)));
  const downloads: string[] = [];
  if (result.files.some((f) => f.ok))
    downloads.push(
      '`site`：按本次数据生成的预览网站（审核的同事可解压到 `dist/` 后运行 `npm run preview` 查看）',
    );
  if (result.files.some((f) => f.annotated)) downloads.push('`inbox-files`：标红的副本');
  if (result.template) {
    downloads.push(`\`inbox-files\`：下个月的模板 \`${result.template.split(/[\\/]/).pop() ?? ''}\``);
  }
  if (downloads.length > 0) {
    const where = runUrl ? `[这次运行](${runUrl})` : '这次运行';
    lines.push(
      '#### 下载',
      '',
      `在${where}页面底部的 Artifacts 中：`,
      '',
      ...downloads.map((d) => `- ${d}`),
      '',
    );
  }
  lines.push(
    result.code === 0
      ? '全部导入成功。检查 `publish / validate, test, build` 通过后即可合并。'
      : '有文件没有导入：请按上面的说明改正后重新上传。',
  );
  return `${lines.join('\n')}\n`;
}
