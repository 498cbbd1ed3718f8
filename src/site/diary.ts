// Checks and links for diary entries that name a milestone: a typo fails the build with the reason.
import { building as buildingById, milestones } from './dataset.ts';
import { buildingUrl } from './urls.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Link and label for an entry's milestone, e.g. `→ 西湾东1号：成立筹备组`. */
export function diaryMilestone(key: string, buildingId: string | undefined, date: string): { href: string; text: string } {
  if (!ISO.test(date)) throw new Error(`日记日期 ${date} 不是 YYYY-MM-DD 格式`);
  const m = milestones.find((x) => x.key === key);
  if (!m) throw new Error(`日记里的步骤 ${key} 不在 report.json 的 milestones 中`);
  if (!buildingId) throw new Error(`日记步骤 ${key} 没有对应楼栋：请给 DiaryEntry 加 building 属性`);
  const b = buildingById(buildingId);
  return { href: `${buildingUrl(b.id)}#milestone-${m.key}`, text: `${b.address}：${m.label}` };
}
