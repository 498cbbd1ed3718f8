// zh-CN interface words: changes.
export const changes = {};
