// zh-CN interface words: the about page (what the site shows, what each step means, where the data comes
// from, what it does for older readers, how to reach the office).
export const about = {
  title: '关于本站',
  // The default introduction, when the data directory has no about text of its own.
  intro: (city: string, district: string, street: string, programme: string, noun: string): string =>
    `本站公开${city}${district}${street}${programme}的进展：哪些${noun}已经开始，每一步走到了哪里。`,
  sampleLabel: '示例数据：',
  sampleNotice: (counter: string, item: string, noun: string): string =>
    `目前网站上每${counter}${item}的数据和居民故事都是为演示虚构的，不代表任何真实${noun}或居民。`,
  milestonesHeading: '每一步是什么意思',
  currentStage: (counter: string, item: string): string =>
    `“目前进展”指一${counter}${item}已经完成的最后一步。`,
  goalsHeading: '目标',
  sourcesHeading: '数据从哪里来',
  sources: (office: string, counter: string, item: string, month: string): string =>
    `数据由${office}每月整理，记录每${counter}${item}每一步完成的日期，月底更新一次；目前的数据截至${month}底。` +
    '每月的数字在月报页面永久保存，以后如有更正，会在月报中写明更正日期和原因。',
  privacy: (noun: string): string =>
    `本站只按${noun}公布进展，不公布任何居民的姓名、电话、门牌房号、表决意向或出资金额。` +
    '居民故事只使用本人选择的称呼，并已取得本人同意。',
  downloadAll: '下载全部数据',
  olderReadersHeading: '为长者阅读做了什么',
  olderReadersLead: '本站参照工业和信息化部《互联网网站适老化通用设计规范》中适用于网页的要求：',
  // Each point: a short title, then its explanation after a colon.
  legibleTitle: '字大、行宽、对比强',
  legible: '正文默认不小于18像素，行距至少1.5倍，每行不太长；文字和背景的对比度达到无障碍标准的要求。',
  // The point's title is the reading-mode switch's own label (nav.readingMode); `button` is that label
  // too, so the text always names the button as it reads.
  readingMode: (button: string): string =>
    `每页顶部有“${button}”按钮，按一下正文放大到22像素以上，再按一下恢复；本机会记住您的选择，下次打开仍是大字。`,
  phoneSettingsTitle: '跟随手机设置',
  phoneSettings: (button: string): string =>
    '所有字号都随手机、微信和浏览器的字号设置放大，放大到200%也不用左右拖动。' +
    `没有“${button}”按钮时（例如关闭了JavaScript），可以用浏览器或微信的字体大小设置放大。`,
  findableTitle: '好找',
  // Around the link to the list of every entry; `field` is the header search field's label.
  findableBeforeLink: (field: string): string =>
    `每页顶部都能“${field}”，输入地址或其中几个字就行，门牌号写成“1号”“一号”或“１号”都能找到；也可以打开`,
  findableLink: (noun: string): string => `全部${noun}列表`,
  findableAfterLink: '，按社区和门牌号查看。',
  tappableTitle: '好点',
  tappable:
    '按钮和链接都足够大（至少44像素），方便手指点按；也可以只用键盘操作，读屏软件能读出每个按钮和链接。',
  noScriptTitle: '不用开JavaScript',
  noScript: '在微信里打开也能完整阅读；每张图表都附有文字说明和数据表，图表不只靠颜色区分。',
  noAdsTitle: '没有广告和弹窗',
  noAds: '不弹窗、不跳转、不诱导点击，不收集个人信息，也不加载其他网站的内容。',
  contactHeading: '联系我们',
  address: '地址',
  hours: '办公时间',
  phone: '电话',
  email: '邮箱',
};
