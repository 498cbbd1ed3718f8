// report.json: the programme's configuration. Another street edits this file, not the code.
import { z } from 'zod';
import { contrast } from '../theme/contrast.ts';
import { ACCENT_BACKGROUNDS, accentContrast, MIN_CONTRAST, MIN_GRAPHIC_CONTRAST } from '../theme/theme.ts';
import { uiTableProblem } from '../i18n/uiTable.ts';
import type { ReportConfig } from './types.ts';

const text = z.string().trim().min(1);

const key = z.string().regex(/^[a-z][a-z0-9_]*$/);

const milestone = z.strictObject({
  key,
  label: text,
  labelEn: text.exactOptional(),
  pending: text.exactOptional(),
  done: text.exactOptional(),
  description: z.string(),
  involves: text.exactOptional(),
  actor: text.exactOptional(),
  residentsCan: text.exactOptional(),
  documents: z.array(text).exactOptional(),
  celebration: text.exactOptional(),
  optional: z.boolean().exactOptional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: '里程碑的 color 应是 #rrggbb 形式的颜色，例如 "#1b7837"' })
    .exactOptional(),
});

const headlineEntry = z.union([
  z.string(),
  z.strictObject({ milestone: z.string(), label: text.exactOptional() }),
  z.strictObject({ pending: z.string(), label: text.exactOptional() }),
]);

const statusWording = z.strictObject({ meaning: text, restart: text.exactOptional() });

const goal = z.strictObject({
  key,
  label: text,
  description: z.string().exactOptional(),
  milestone: z.string(),
  measure: z.enum(['buildings', 'residents']),
  target: z.number().int().positive(),
});

export const reportSchema = z
  .strictObject({
    title: text,
    shortTitle: text.exactOptional(),
    programme: text,
    topic: text.exactOptional(),
    entity: z
      .strictObject({
        noun: text,
        counter: text,
        eligible: text,
        ineligible: text,
        item: text.exactOptional(),
        group: text.exactOptional(),
      })
      .exactOptional(),
    street: text,
    district: text,
    city: text,
    siteUrl: z.url({ protocol: /^https?$/ }).regex(/\/$/),
    // Only a locale with a complete interface table: never a half-translated site.
    locale: text.superRefine((v, ctx) => {
      const problem = uiTableProblem(v);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    }),
    illustrative: z.boolean(),
    contact: z.strictObject({
      office: text,
      address: text,
      phone: text.exactOptional(),
      hours: text.exactOptional(),
      email: z.email().exactOptional(),
    }),
    population: z
      .strictObject({
        residents: z.number().int().nonnegative(),
        residentsInOldBuildings: z.number().int().nonnegative(),
      })
      .exactOptional(),
    milestones: z.array(milestone).min(1),
    goals: z.array(goal),
    celebrate: z.array(z.string()),
    headline: z.array(headlineEntry).min(1).exactOptional(),
    forecast: z.string().exactOptional(),
    theme: z
      .strictObject({
        accent: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/, { message: 'theme.accent 应是 #rrggbb 形式的颜色，例如 "#2e7d32"' })
          .exactOptional(),
        logo: z
          .string()
          .regex(/^[^/\\]+\.svg$/i, { message: 'theme.logo 应是数据文件夹里的一个 .svg 文件名，例如 "logo.svg"' })
          .exactOptional(),
      })
      .exactOptional(),
    about: z
      .string()
      .regex(/^[^/\\]+\.md$/, { message: 'about 应是数据文件夹里的一个 .md 文件名，例如 "about.md"' })
      .exactOptional(),
    subsidyYuan: z.number().nonnegative().exactOptional(),
    skippedMonths: z
      .array(z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), reason: text }))
      .exactOptional(),
    statuses: z
      .strictObject({
        paused: statusWording.exactOptional(),
        disputed: statusWording.exactOptional(),
        withdrawn: statusWording.exactOptional(),
      })
      .exactOptional(),
    addressVariants: z.array(z.tuple([text, text])).exactOptional(),
    startGroup: z.strictObject({ title: text, text: text, steps: z.array(text).min(1) }).exactOptional(),
    ineligible: z
      .strictObject({ canChange: text, reasons: z.record(z.string(), text).exactOptional() })
      .exactOptional(),
    guide: z
      .strictObject({
        title: text,
        costExample: z
          .strictObject({
            costYuan: z.number().positive(),
            householdsPerFloor: z.number().int().positive(),
            floorWeights: z.array(z.number().nonnegative()).min(2),
          })
          .refine((c) => c.floorWeights.some((w) => w > 0), {
            message: 'guide.costExample.floorWeights 至少要有一层的系数大于 0',
          })
          .exactOptional(),
      })
      .exactOptional(),
  })
  .superRefine((report, ctx) => {
    const keys = new Set<string>();
    const labels = new Set<string>();
    report.milestones.forEach((m, i) => {
      if (keys.has(m.key)) {
        ctx.addIssue({ code: 'custom', path: ['milestones', i, 'key'], message: `里程碑 key “${m.key}” 重复：每个里程碑的 key 必须不同` });
      }
      if (labels.has(m.label)) {
        ctx.addIssue({ code: 'custom', path: ['milestones', i, 'label'], message: `里程碑名称“${m.label}”重复：每个里程碑的 label 必须不同（它也是快照的列名）` });
      }
      keys.add(m.key);
      labels.add(m.label);
    });
    const accent = report.theme?.accent;
    if (accent !== undefined && /^#[0-9a-fA-F]{6}$/.test(accent) && accentContrast(accent) < MIN_CONTRAST) {
      ctx.addIssue({ code: 'custom', path: ['theme', 'accent'], message: `theme.accent ${accent} 太浅：它在白色页面和海报底色上的对比度只有 ${accentContrast(accent).toFixed(2)}:1，至少要 ${MIN_CONTRAST}:1（无障碍标准 AA），白字放在它上面也要看得清；请换一个更深的颜色` });
    }
    report.milestones.forEach((m, i) => {
      if (m.color === undefined || !/^#[0-9a-fA-F]{6}$/.test(m.color)) return;
      const ratio = Math.min(...ACCENT_BACKGROUNDS.map((bg) => contrast(m.color as string, bg)));
      if (ratio < MIN_GRAPHIC_CONTRAST) {
        ctx.addIssue({ code: 'custom', path: ['milestones', i, 'color'], message: `里程碑“${m.label}”的颜色 ${m.color} 太浅：在白色页面上的对比度只有 ${ratio.toFixed(2)}:1，图表中的线条和色块至少要 ${MIN_GRAPHIC_CONTRAST}:1（无障碍标准 AA）；请换一个更深的颜色` });
      }
    });
    if (report.milestones[0]?.optional) {
      ctx.addIssue({ code: 'custom', path: ['milestones', 0, 'optional'], message: `第一个里程碑“${report.milestones[0].label}”不能是可选的：每一项都从它开始；请删除 "optional"，或把它移到后面` });
    }
    const known = [...keys].join(', ');
    const goalKeys = new Set<string>();
    report.goals.forEach((g, i) => {
      if (!keys.has(g.milestone)) {
        ctx.addIssue({ code: 'custom', path: ['goals', i, 'milestone'], message: `目标引用了不存在的里程碑“${g.milestone}” (goals.milestone)：应是 ${known} 之一` });
      }
      if (goalKeys.has(g.key)) {
        ctx.addIssue({ code: 'custom', path: ['goals', i, 'key'], message: `目标 key “${g.key}” 重复：每个目标的 key 必须不同` });
      }
      goalKeys.add(g.key);
    });
    report.headline?.forEach((entry, i) => {
      const [field, milestone] =
        typeof entry === 'string' ? [undefined, entry] : 'pending' in entry ? ['pending', entry.pending] : ['milestone', entry.milestone];
      const path = field ? ['headline', i, field] : ['headline', i];
      if (!keys.has(milestone)) {
        ctx.addIssue({ code: 'custom', path, message: `headline 引用了不存在的里程碑“${milestone}”：应是 ${known} 之一` });
      }
    });
    if (report.forecast !== undefined && !keys.has(report.forecast)) {
      ctx.addIssue({ code: 'custom', path: ['forecast'], message: `forecast 引用了不存在的里程碑“${report.forecast}”：应是 ${known} 之一` });
    }
    report.celebrate.forEach((c, i) => {
      if (!keys.has(c)) {
        ctx.addIssue({ code: 'custom', path: ['celebrate', i], message: `celebrate 引用了不存在的里程碑“${c}”：应是 ${known} 之一` });
      }
    });
  });

// Compile-time check that the schema produces exactly the data model's ReportConfig.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<z.output<typeof reportSchema>, ReportConfig> = true;
void schemaMatchesModel;

const TYPE_NAMES: Record<string, string> = {
  string: '文字 (string)',
  number: '数字 (number)',
  boolean: 'true 或 false (boolean)',
  object: '对象 {...} (object)',
  array: '数组 [...] (array)',
};

/** Chinese message for one schema issue; `where` is the dotted path, e.g. `contact.office`. */
export function reportIssueMessage(issue: z.core.$ZodIssue, where: string): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `缺少字段 ${where}：请在 report.json 中添加`;
      return `字段 ${where} 应是${TYPE_NAMES[issue.expected] ?? issue.expected}：请改正`;
    case 'unrecognized_keys':
      return `未知字段 ${issue.keys.join(', ')}${where ? `（在 ${where} 中）` : ''}：请检查拼写，或删除`;
    case 'too_small':
      if (issue.origin === 'string') return `字段 ${where} 不能为空：请填写`;
      if (issue.origin === 'array') return `字段 ${where} 至少要有 ${String(issue.minimum)} 项：请补上`;
      return `字段 ${where} 的值太小：应${issue.inclusive ? '不小于' : '大于'} ${String(issue.minimum)}`;
    case 'invalid_value':
      return `字段 ${where} 的值无效：应是 ${issue.values.map(String).join(' / ')} 之一`;
    case 'invalid_format':
      if (where === 'siteUrl') return `siteUrl 应是以 / 结尾的完整网址：例如 https://example.org/`;
      if (issue.format === 'regex' && where.endsWith('key')) return `字段 ${where} 只能用小写英文字母、数字和下划线：例如 step_one`;
      return `字段 ${where} 格式不对 (${issue.format})：请改正`;
    case 'custom':
      return issue.message;
    case 'invalid_union':
      if (where.startsWith('headline'))
        return `${where} 的写法不对：应是某个里程碑的 key，或 {"milestone": "<key>", "label": "显示的文字"}（已完成这一步的数量），或 {"pending": "<key>", "label": "显示的文字"}（走到上一步、还没完成这一步的数量）`;
      return `字段 ${where} 的写法不对：请对照 data/README.md`;
    default:
      return `字段 ${where}：${issue.message}`;
  }
}
