// zh-CN interface words: answers.
export const answers = {};
