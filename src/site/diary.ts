// Links for diary entries that name a milestone; a typo fails the build with the reason.
import type { Building, Milestone } from '../data/types.ts';
import { buildingUrl } from '../urls.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Link and label for an entry's milestone, e.g. `西湾东1号：成立筹备组` → the building's milestone anchor. */
export function diaryMilestone(
  key: string,
  building: Building | undefined,
  milestones: readonly Milestone[],
  date: string,
): { href: string; text: string } {
  if (!ISO.test(date)) throw new Error(`日记日期 ${date} 不是 YYYY-MM-DD 格式`);
  const m = milestones.find((x) => x.key === key);
  if (!m)
    throw new Error(
      `日记里的步骤 ${key} 不在 report.json 的 milestones 中（可用：${milestones.map((x) => x.key).join('、')}）`,
    );
  if (!building)
    throw new Error(
      `日记步骤 ${key} 没有对应的编号：请在故事的 buildings 中填写，或给 DiaryEntry 加 building 属性`,
    );
  return { href: `${buildingUrl(building.id)}#milestone-${m.key}`, text: `${building.address}：${m.label}` };
}
