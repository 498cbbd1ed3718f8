// zh-CN interface words: guide.
export const guide = {};
