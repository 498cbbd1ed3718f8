// What the build says about its data (src/build/dataCheckIntegration.ts): one line that it passed
// validation, or every problem then what to do, so a failed build ends with the list, not a stack trace.
import { formatProblem } from '../data/formatProblems.ts';
import { entityWords } from '../data/programmeWords.ts';
import type { SharedDataset } from './sharedDataset.ts';

/** One line for a valid dataset, or every problem then a closing line (Chinese, file:line:column). */
export function validationReport(loaded: SharedDataset, dir: string): { ok: boolean; lines: string[] } {
  if (!loaded.ok) {
    const errors = loaded.problems.filter((p) => p.severity === 'error').length;
    return {
      ok: false,
      lines: [
        ...loaded.problems.map((p) => formatProblem(p, 'text')),
        `数据有 ${String(errors)} 个错误，网站未生成。请按上面每行的位置和说明修改 ${dir} 中的文件，再运行 npm run validate${dir === 'data' ? '' : ` -- --data ${dir}`} 检查。`,
      ],
    };
  }
  const { dataset, warnings } = loaded;
  const { counter, item } = entityWords(dataset.report.entity);
  const warned = warnings.length > 0 ? `，另有 ${String(warnings.length)} 条提醒` : '';
  return {
    ok: true,
    lines: [
      `数据校验通过：${dir} 中 ${String(dataset.buildings.length)} ${counter}${item}、${String(dataset.snapshots.length)} 个月的快照，没有错误${warned}。`,
    ],
  };
}
