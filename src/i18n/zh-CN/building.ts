// zh-CN interface words: a building's page, the list of all buildings and the community's building table.
import type { ItemWords } from '../itemWords.ts';
import { common } from './common.ts';

export const building = {
  description: (street: string, community: string, address: string, headline: string): string =>
    `${street}${community}${address}：${headline}`,
  community: '社区',
  floors: '楼层',
  floorCount: (floors: number): string => `${String(floors)}层`,
  households: '户数',
  householdCount: (households: number): string => `${String(households)}户`,
  noteLabel: '说明：',
  timelineHeading: '每一步的时间',
  timelineTitle: (address: string, topic: string): string => `${address}${topic}时间线`,
  notDoneYet: '尚未完成',
  monthReport: (month: string): string => `（${month}月报）`,
  storiesHeading: (entry: ItemWords): string => `关于${common.thisItem(entry)}的故事`,
  noStories: (entry: ItemWords): string => `还没有关于${common.thisItem(entry)}的故事。`,
  // The list of all buildings.
  indexTitle: (noun: string): string => `全部${noun}`,
  indexLead: (street: string, count: number, counter: string, item: string): string =>
    `${street}共${String(count)}${counter}${item}，按社区和门牌号排列，每${counter}后面是它目前的进展。`,
  indexHowToFind: (menu: string, findMine: string, item: string): string =>
    `可以用页首“${menu}”里的“${findMine}”，或浏览器的“页内查找”找到您的${item}。`,
  jumpToCommunity: '按社区跳转',
  communityWithCount: (community: string, count: number, counter: string): string =>
    `${community}（${String(count)}${counter}）`,
  // The table of a community's buildings.
  tableAddress: '地址',
  tableStage: '目前进展',
};
