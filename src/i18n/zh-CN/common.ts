// zh-CN interface words: common.
export const common = {};
