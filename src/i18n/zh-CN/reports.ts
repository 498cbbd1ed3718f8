// zh-CN interface words: reports.
export const reports = {};
