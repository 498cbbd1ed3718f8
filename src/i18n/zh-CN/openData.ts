// zh-CN interface words: openData.
export const openData = {};
