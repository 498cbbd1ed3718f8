import { describe, expect, it } from 'vitest';
import { readStoryBody } from './parseStoryBody.ts';

const lead = (body: string, mdx = true): string => readStoryBody(body, mdx).lead;

describe('storyLead: the opening words of a story', () => {
  it('is the first paragraph, with its formatting and links reduced to their words', () => {
    expect(lead('# 标题\n\n楼里**商量**加装电梯，[说了](https://example.org/)好几年。\n\n第二段。\n')).toBe(
      '楼里商量加装电梯，说了好几年。',
    );
    expect(lead('<b>粗</b>体和`代码`。\n')).toBe('粗体和代码。');
  });

  it('joins source lines without a space between Chinese characters, as a reader would write them', () => {
    expect(lead('楼里商量\n加装电梯，WeChat\ngroup 也建了。\n', false)).toBe('楼里商量加装电梯，WeChat group 也建了。');
  });

  it('finds the first paragraph inside a diary, after a photo', () => {
    const body =
      '<Diary>\n  <DiaryEntry date="2024-01-20">\n' +
      '    <Photo src="./a.jpg" alt="楼梯口" credit="居民" />\n\n    量了楼梯口。\n  </DiaryEntry>\n</Diary>\n';
    expect(lead(body)).toBe('量了楼梯口。');
  });

  it('skips an HTML comment', () => {
    expect(lead('<!-- 注释 -->\n\n正文。\n', false)).toBe('正文。');
  });

  it('is empty for a story without any paragraph', () => {
    expect(lead('# 只有标题\n')).toBe('');
  });
});
