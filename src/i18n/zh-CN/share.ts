// zh-CN interface words: share.
export const share = {};
