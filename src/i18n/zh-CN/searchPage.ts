// zh-CN interface words: searchPage.
export const searchPage = {};
