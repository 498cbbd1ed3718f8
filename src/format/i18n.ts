// UI strings shared by pages and posters, in zh-CN and English. Numbers go in already formatted.
import { DEFAULT_LOCALE, type Locale } from './locale.ts';

const MESSAGES = {
  street: { 'zh-CN': '街道', en: 'Street' },
  community: { 'zh-CN': '社区', en: 'Community' },
  communities: { 'zh-CN': '各社区', en: 'Communities' },
  building: { 'zh-CN': '楼栋', en: 'Building' },
  eligible: { 'zh-CN': '符合加装条件', en: 'Eligible' },
  groupsFormed: { 'zh-CN': '已成立筹备组', en: 'Groups formed' },
  permits: { 'zh-CN': '已获规划许可', en: 'Planning permits' },
  underConstruction: { 'zh-CN': '正在施工', en: 'Under construction' },
  inService: { 'zh-CN': '已投入使用', en: 'In service' },
  subsidiesPaid: { 'zh-CN': '已拨付补贴', en: 'Subsidies paid' },
  residentsServed: { 'zh-CN': '受益居民', en: 'Residents served' },
  newThisMonth: { 'zh-CN': '本月新增', en: 'New this month' },
  goalProgress: { 'zh-CN': '目标进度', en: 'Goal progress' },
  currentStage: { 'zh-CN': '当前阶段', en: 'Current stage' },
  status: { 'zh-CN': '状态', en: 'Status' },
  note: { 'zh-CN': '备注', en: 'Note' },
  medianTime: { 'zh-CN': '中位用时', en: 'Median time' },
  forecast: {
    'zh-CN': '按近期进度，预计{month}全部投入使用',
    en: 'At the recent pace, all in service by {month}',
  },
  forecastUnknown: {
    'zh-CN': '近期进度不足，暂无法预计完成时间',
    en: 'Too little recent progress to forecast',
  },
  ofEligible: { 'zh-CN': '共{count}符合条件', en: 'of {count} eligible' },
  dataAsOf: { 'zh-CN': '数据截至{month}', en: 'Data as of {month}' },
  monthlyReport: { 'zh-CN': '{month}进展报告', en: 'Progress report, {month}' },
  whatChanged: { 'zh-CN': '本月变化', en: 'What changed this month' },
  noChanges: { 'zh-CN': '本月暂无新进展', en: 'No new progress this month' },
  correction: { 'zh-CN': '更正', en: 'Correction' },
  notTracked: { 'zh-CN': '不在加装范围内', en: 'Not part of the programme' },
  celebrateInService: {
    'zh-CN': '{address} 电梯落成启用了！',
    en: 'The elevator at {address} is now in service!',
  },
  downloadPoster: { 'zh-CN': '下载海报', en: 'Download poster' },
  sharePosterHint: {
    'zh-CN': '在微信里长按图片，选择“保存图片”，就可以发到群里或朋友圈。',
    en: 'In WeChat, long-press the image and choose “Save image” to share it.',
  },
  scanForDetails: { 'zh-CN': '扫码查看详情', en: 'Scan for details' },
  illustrative: {
    'zh-CN': '示例数据，仅供演示，并非真实进展',
    en: 'Illustrative sample data, not real progress',
  },
  dataTable: { 'zh-CN': '数据表', en: 'Data table' },
  stories: { 'zh-CN': '居民故事', en: 'Residents’ stories' },
  about: { 'zh-CN': '关于本站', en: 'About' },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** Every message key, for tests and for checking a table is complete. */
export const MESSAGE_KEYS = Object.keys(MESSAGES) as MessageKey[];

/**
 * The UI string `key` in `locale`, with `{name}` placeholders filled from `params`
 * (already formatted strings or numbers). Throws if a placeholder has no value.
 */
export function t(
  key: MessageKey,
  locale: Locale = DEFAULT_LOCALE,
  params: Record<string, string | number> = {},
): string {
  const template: string = MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message ${key} needs {${name}}`);
    return String(value);
  });
}
