// zh-CN interface words used on many pages.
import type { ItemWords } from '../itemWords.ts';

export const common = {
  photoCredit: (credit: string): string => `图片来源：${credit}`,
  listSeparator: '、',
  /** A building's status in the snapshot (the spreadsheet's own status words are data/types.ts). */
  statuses: { active: '正常', paused: '暂停', disputed: '争议中', withdrawn: '已撤回' },
  /** The stage before the first milestone: 尚未成立筹备组. */
  notYet: (label: string): string => `尚未${label}`,
  notStarted: '尚未开始',
  /** One entry spoken of: 这栋楼, 这个小区. */
  thisItem: ({ counter, item }: ItemWords): string => `这${counter}${item}`,
  /** 西湾 → 西湾社区; a name the office already wrote as 桂香社区 stays as it is. */
  communityName: (name: string): string => (name.endsWith('社区') ? name : `${name}社区`),
};
