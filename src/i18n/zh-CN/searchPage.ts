// zh-CN interface words: the /search/ page's script (status line, result rows) and the address words the
// search ranks and suggests with. The page hands this section to the browser as JSON, so every entry is
// plain text: `{name}` marks a value the script fills in (query, count, shown, noun, item).
export const searchPage = {
  /** The house-number ending of an address (32号): 西湾东1 matches 西湾东1号 exactly. */
  houseNumberSuffix: '号',
  /** The ending of a community's name, which residents leave out (西湾东 for 西湾东社区). */
  communitySuffix: '社区',
  unknownStage: '进展未知',
  storyResult: '居民故事',
  communityResult: '社区',
  searching: '正在查找“{query}”…',
  found: '找到{count}个结果',
  notExact: '，但没有地址正好是“{query}”的{noun}',
  foundAll: '。',
  nearest: '，下面是最接近的。',
  nearestShown: '，下面是最接近的{shown}个。多输入几个字可以缩小范围。',
  nothingFound: '没有找到“{query}”。请换个写法，比如只输入门牌号，或查看全部{noun}列表。',
  unavailable: '查找暂时用不了。请打开全部{noun}列表，用浏览器的“页内查找”找到您的{item}。',
};
