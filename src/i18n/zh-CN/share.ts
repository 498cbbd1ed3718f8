// zh-CN interface words: the poster shown on a page, its downloads and how to share it.
export const share = {
  heading: '分享海报',
  download: '下载海报',
  downloadPrint: '下载打印版（A4）',
  wechatHint: '在微信里：长按上面的海报图片，选择“保存图片”或“发送给朋友”，就能转发到家人群和朋友圈。',
  printHint: '打印版可以贴在公告栏。',
};
