// zh-CN interface words: the open data page (downloads, file formats, column dictionary, licence).
export const data = {
  title: '开放数据',
  description: (title: string, noun: string): string =>
    `${title}：每月快照、时间序列和${noun}登记表，CSV 与 JSON 下载`,
  crumb: '数据',
  leadBeforeChanges:
    '本站的每一个数字都来自下面这些文件。每个月的快照一经发布，网址和内容都不再改变；如有更正，会在',
  leadAfterChanges: '中写明日期和原因。',
  illustrativeNotice: (noun: string): string =>
    `当前数据是虚构的示例数据，只用于演示网站功能，不代表任何${noun}的真实情况。`,
  downloads: '下载',
  latest: (month: string): string => `最新一期（${month}）：`,
  listSeparator: '、',
  latestAfter: '。需要固定引用时，请使用带月份的网址。',
  snapshots: '每月快照',
  snapshotsCaption: (counter: string, item: string): string =>
    `每月快照（每${counter}${item}在当月月底的状态）`,
  monthColumn: '月份',
  downloadColumn: '下载',
  fileSize: (kb: string): string => `（${kb} KB）`,
  rowsAndSize: (rows: string, kb: string): string => `${rows} 行，${kb} KB`,
  manifestNote: '全部文件的清单：行数、字节数和 SHA-256 校验值',
  formatHeading: '文件格式',
  csvEncoding: 'CSV 为 UTF-8 编码（带 BOM）、CRLF 换行，可直接用 Excel 打开中文不乱码。',
  // Around the <code> characters: before them, after them, after the quote mark.
  formulaBefore: '为防止“公式注入”，以',
  formulaAfterCharacters: '、制表符或回车开头的单元格， 在 CSV 中前面加了一个英文单引号',
  formulaAfterQuote: '（Excel 会把它当作文本，不显示引号）。JSON 中保留原文。',
  jsonBeforeNull: 'JSON 与 CSV 内容相同，空值为',
  jsonBeforeDate: '；日期均为',
  jsonEnd: '。',
  privacy: (noun: string): string =>
    `数据只到${noun}一级，不含任何个人信息（姓名、电话、房号、表决意向或出资）。`,
  columnsHeading: '字段说明',
  columnsLabel: (files: string): string => `字段说明：${files}`,
  columnName: '列名',
  columnMeaning: '说明',
  licenceHeading: '许可',
  licenceBefore: '数据以',
  licenceName: '知识共享 署名 4.0 国际许可协议（CC BY 4.0）',
  licenceAfter: (office: string): string =>
    `发布：可以自由复制、分发、改编和商用，请注明来源“${office}”并附上本页网址。`,
};
