// zh-CN interface words: building.
export const building = {};
