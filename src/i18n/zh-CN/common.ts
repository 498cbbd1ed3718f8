// zh-CN interface words used on many pages.
export const common = {
  photoCredit: (credit: string): string => `图片来源：${credit}`,
  listSeparator: '、',
};
