// zh-CN interface words: the guide page (/guide/) and its data-filled sections (steps, cost example,
// service points).
import { common } from './common.ts';

export const guide = {
  title: '办事指南',
  description: (street: string, programme: string): string =>
    `${street}${programme}：每一步做什么、要准备什么、通常要多久`,
  // Stands in for {{Subsidy}} when report.json has no subsidy figure.
  subsidyUnknown: '（以区里公布的标准为准）',
  stepsHeading: '一步一步来',
  costHeading: '费用怎么分摊',
  askHeading: '问谁',
  step: (n: number, label: string): string => `第${String(n)}步：${label}`,
  actor: '谁来办',
  documents: '要准备的材料',
  residentsCan: '居民可以做什么',
  duration: '通常要多久',
  durationUnknown: '这一步之前没有记录日期，算不出通常要多久。',
  costLabel: '费用分摊算例',
  costCaption: (
    floors: number,
    householdsPerFloor: number,
    cost: string,
    subsidy: string | undefined,
    owners: string,
  ): string =>
    `算例：${String(floors)}层楼，每层${String(householdsPerFloor)}户，总造价${cost}` +
    `${subsidy === undefined ? '' : `，减去补贴${subsidy}`}，业主共同分摊${owners}`,
  floor: '楼层',
  weight: '系数',
  floorTotal: '本层合计',
  perHousehold: '每户约',
  floorRow: (floor: string): string => `${floor}楼`,
  community: common.communityName,
  servicePoint: '服务点',
  street: '街道',
  streetOffice: (topic: string): string => `${topic}工作`,
};
