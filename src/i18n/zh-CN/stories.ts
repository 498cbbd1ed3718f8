// zh-CN interface words: stories.
export const stories = {};
