// zh-CN interface words: community.
export const community = {};
