// zh-CN interface words: the "find my building" form in the header and on the search page.
export const search = {
  formLabel: (noun: string): string => `查找${noun}`,
  fieldLabel: (noun: string): string => `查找我的${noun}`,
  example: (address: string): string => `如：${address}`,
  submit: '查找',
};
