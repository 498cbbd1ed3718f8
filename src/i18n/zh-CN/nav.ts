// zh-CN interface words: the page chrome (skip link, header menu, breadcrumbs, reading-mode switch).
export const nav = {
  skipToContent: '跳到正文',
  menu: '菜单',
  mainMenu: '主菜单',
  breadcrumbs: '当前位置',
  readingMode: '大字模式',
  home: '首页',
  communities: '社区',
  guide: '办事指南',
  stories: '故事',
  data: '数据',
  about: '关于',
};
