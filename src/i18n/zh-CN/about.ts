// zh-CN interface words: about.
export const about = {};
