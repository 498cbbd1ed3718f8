// zh-CN interface words: the column dictionary of the open data downloads (file groups, column labels and
// descriptions). The column names themselves (building_id, status …) are the files' own and stay in code.
export const openData = {
  fileList: (paths: readonly string[]): string => paths.join('、'),
  /** After the snapshot files: the latest month is also published as latest.csv and latest.json. */
  withLatest: (files: string): string => `${files}，latest`,
  // Snapshot columns.
  idLinkedDescription: (noun: string): string => `${noun}的固定编号，与 buildings.csv 对应。`,
  statusLabel: '状态',
  statusChoice: (code: string, label: string): string => `${code}（${label}）`,
  statusDescription: (choices: readonly string[]): string => `${choices.join('、')} 之一。`,
  milestoneDateDescription: (description: string): string =>
    `到达该步骤的日期（YYYY-MM-DD），未到达则为空。${description}`,
  noteLabel: '备注',
  noteDescription: '简短的公开说明，可为空。',
  // Time series columns.
  monthLabel: '月份',
  streetMonthDescription: '快照月份（YYYY-MM），数据截至当月月底。',
  communityMonthDescription: '快照月份（YYYY-MM）。',
  countLabel: (noun: string): string => `${noun}数`,
  eligibleLabel: '符合条件',
  streetScope: '全街',
  communityScope: '该社区',
  streetCountDescription: (noun: string): string => `登记表中的${noun}数。`,
  communityCountDescription: (noun: string): string => `该社区登记的${noun}数。`,
  streetEligibleDescription: (eligible: string, noun: string): string => `${eligible}的${noun}数。`,
  communityEligibleDescription: (eligible: string, noun: string): string => `该社区${eligible}的${noun}数。`,
  milestoneCountDescription: (scope: string, label: string, noun: string): string =>
    `${scope}已达到“${label}”的${noun}数（累计）。`,
  communityIdLabel: '社区编号',
  communityIdDescription: '社区的固定编号。',
  communityNameLabel: '社区',
  communityNameDescription: '社区名称。',
  // Registry columns.
  idDescription: (noun: string): string => `${noun}的固定编号。`,
  ownCommunityIdDescription: '所属社区的编号。',
  ownCommunityNameDescription: '所属社区名称。',
  addressLabel: '地址',
  addressDescription: '门牌地址，不含房号。',
  floorsDescription: '地上层数。',
  householdsDescription: (item: string): string => `${item}内住户数。`,
  residentsDescription: (noun: string): string => `${noun}内居民人数（约数）。`,
  eligibleFlagDescription: (eligible: string): string => `true：${eligible}；false：不符合。`,
  latLabel: '纬度',
  latDescription: 'WGS 84 纬度，可为空。',
  lngLabel: '经度',
  lngDescription: 'WGS 84 经度，可为空。',
};
