// zh-CN interface words: posters, their alt text and link cards. Programme words (栋, 楼栋, milestones)
// are parameters.
import type { ItemWords } from '../itemWords.ts';
import { common } from './common.ts';

export const posters = {
  /**
   * Words the templates draw around a model's own text. Plain strings: they travel in every poster model
   * to the render workers and into the cache key, so a changed word renders the posters again.
   */
  labels: {
    sampleData: '示例数据 · 并非真实统计',
    /** Before a photo's credit. */
    photoCredit: '图片来源：',
    /** A step not reached yet, in place of its date. */
    notReached: '尚未完成',
    stepsTitle: '每一步走到了哪里',
    /** Beside the QR code of a month's or community's poster, and of its A4 print edition. */
    reportCta: '扫码查看本月详细报告',
    printReportCta: '扫码查看详细报告',
  },
  sampleStory: '示例故事 · 并非真人真事',
  title: (programme: string): string => `${programme}进展`,
  residents: '人',
  residentsReached: '惠及居民',
  goalValue: (value: string, target: string): string => `${value} / 目标${target}`,
  shareOfEligible: (noun: string): string => `占符合条件的${noun}`,
  /** A milestone reached this month, with a few of the addresses that reached it. */
  newsLine: (milestone: string, count: string, addresses: readonly string[], more: boolean): string =>
    `${milestone} ${count}：${addresses.join('、')}${more ? '等' : ''}`,
  noNews: (noun: string): string => `本月没有${noun}到达新的环节`,
  newsTitle: '本月新进展',
  firstNewsTitle: '本月（首次发布）到达的环节',
  dataAsOf: (date: string): string => `数据截至${date}`,
  communityName: common.communityName,
  floors: '层',
  households: '户',
  celebrated: (milestone: string): string => `${milestone}了！`,
  journey: (from: string, to: string, duration: string): string => `从${from}到${to}，用了${duration}`,
  buildingCta: (entry: ItemWords): string => `扫码查看${common.thisItem(entry)}的进展`,
  storyKicker: (street: string): string => `居民故事 · ${street}`,
  /** Who tells a story and about which buildings (none: the teller only). */
  byline: (teller: string, addresses: readonly string[]): string =>
    [`${teller}讲述`, addresses.join('、')].filter((part) => part !== '').join(' · '),
  /** Parts of a poster's scope or a card's subtitle: 西村街 · 西湾社区 · 数据截至…. */
  parts: (...parts: readonly string[]): string => parts.join(' · '),
  storyCta: '扫码读完整的故事',
  /** The alt text: everything a poster says, in reading order. */
  alt: {
    sampleData: '（示例数据，并非真实统计）',
    /** A sample story's badge (示例故事 · 并非真人真事) said as a sentence. */
    sampleStory: (label: string): string => `（${label.replace(' · ', '，')}）`,
    listSeparator: '，',
    clauseSeparator: '；',
    sentence: (text: string): string => `${text}。`,
    progress: (scope: string, title: string, period: string, sample: string): string =>
      `海报：${scope}${title}，${period}${sample}。`,
    bar: (label: string, description: string, value: string, percent: string): string =>
      `${label}（${description}）${value}，${percent}`,
    news: (title: string, news: string): string => `${title}：${news}。`,
    building: (community: string, address: string, headline: string, date: string, sample: string): string =>
      `海报：${community}${address}${headline}${date}${sample}。`,
    story: (kicker: string, title: string, note: string, byline: string, date: string): string =>
      `海报：${kicker}。${title}${note}。${byline}，${date}。`,
    storyOpening: (excerpt: string): string => `故事开头：“${excerpt}”`,
    photo: (alt: string, credit: string): string => `照片：${alt}（图片来源：${credit}）。`,
    qrLink: (url: string): string => `二维码链接：${url}。`,
    cta: (cta: string, url: string): string => `${cta}：${url}。`,
    publisher: (publisher: string): string => `发布：${publisher}。`,
    og: (title: string, subtitle: string, siteName: string, sample: string): string =>
      `${title}。${subtitle}。${siteName}${sample}`,
  },
};
