import { describe, expect, it } from 'vitest';
import { places, storyText, writeDataset, type Files } from '../../../tests/data/tempDataset.ts';
import { loadDataset } from '../loadDataset.ts';
import { chinaDate } from './checkStories.ts';

const TODAY = '2025-10-01';

async function check(files: Files): Promise<string[]> {
  const dir = await writeDataset(files);
  return places(await loadDataset(dir, { today: TODAY }), dir);
}

async function messages(files: Files): Promise<string[]> {
  const dir = await writeDataset(files);
  const result = await loadDataset(dir, { today: TODAY });
  return result.ok ? [] : result.problems.map((p) => p.message);
}

describe('stories checked like data', () => {
  it('accepts a valid story', async () => {
    expect(await check({ 'stories/lift.md': storyText('正文。\n') })).toEqual([]);
  });

  it('refuses a slug that would take over another story’s address', async () => {
    const files = { 'stories/first.md': storyText('一。\n'), 'stories/second.md': storyText('二。\n', { slug: 'first' }) };
    expect(await check(files)).toEqual(['stories/second.md:9:7: error story.slug']);
    expect((await messages(files))[0]).toContain('请删除 slug 这一行');
    expect(await check({ 'stories/second.md': storyText('二。\n', { slug: 'second' }) })).toEqual([]);
  });

  it('gives the dataset each valid story as the validator read it, with its opening words', async () => {
    const dir = await writeDataset({
      'stories/2025/lift.md': storyText('# 开头\n\n楼里**商量**加装电梯，\n说了好几年。\n\n第二段。\n'),
    });
    const result = await loadDataset(dir, { today: TODAY });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.dataset.stories).toEqual([
      {
        slug: '2025/lift',
        file: expect.stringMatching(/stories\/2025\/lift\.md$/),
        title: '电梯开通',
        displayName: '王阿姨',
        buildings: ['b1'],
        date: '2025-06-01',
        summary: '测试用的故事。',
        sample: true,
        lead: '楼里商量加装电梯，说了好几年。',
      },
    ]);
  });

  it('refuses two files with one address, whatever their case or extension', async () => {
    expect(
      await check({
        'stories/lift.md': storyText('一。\n'),
        'stories/lift.mdx': storyText('二。\n'),
        'stories/Lift.md': storyText('三。\n'),
      }),
    ).toEqual(['stories/lift.md:1:1: error story.duplicate_id', 'stories/lift.mdx:1:1: error story.duplicate_id']);
  });

  it('refuses file names that cannot be an address', async () => {
    expect(await check({ 'stories/电梯 故事.md': storyText('正文。\n') })).toEqual(['stories/电梯 故事.md:1:1: error story.id']);
  });

  it('points at an unknown building, missing consent and a date after the build day', async () => {
    const story = storyText('正文。\n', { buildings: '[b1, nowhere]', consentRecorded: 'false', date: '2025-10-02' });
    expect(await check({ 'stories/lift.md': story })).toEqual([
      'stories/lift.md:3:7: error story.future_date',
      'stories/lift.md:4:17: error story.unknown_building',
      'stories/lift.md:6:18: error story.invalid_value',
    ]);
    expect((await messages({ 'stories/lift.md': story })).join('\n')).toMatch(/晚于今天 \(2025-10-01\)[\s\S]*本人同意/);
    expect(await check({ 'stories/lift.md': storyText('正文。\n', { date: TODAY }) })).toEqual([]);
  });

  it('refuses consentRecorded missing or written as text', async () => {
    expect(await check({ 'stories/a.md': storyText('一。\n', { consentRecorded: null }) })).toEqual([
      'stories/a.md:1:1: error story.missing_field',
    ]);
    expect(await check({ 'stories/a.md': storyText('一。\n', { consentRecorded: '"true"' }) })).toEqual([
      'stories/a.md:6:18: error story.invalid_value',
    ]);
  });

  it('names unknown, duplicate and malformed front matter', async () => {
    expect(await check({ 'stories/a.md': storyText('一。\n', { author: '王大明' }) })).toEqual([
      'stories/a.md:9:1: error story.unrecognized_keys',
    ]);
    expect(await check({ 'stories/a.md': storyText('一。\n', { date: '2025/13/01' }) })).toEqual([
      'stories/a.md:3:7: error story.custom',
    ]);
    expect(await check({ 'stories/a.md': `${storyText('一。\n').replace('sample: true', 'sample: true\ntitle: 又一个')}` })).toEqual([
      'stories/a.md:8:1: error story.front_matter',
    ]);
    expect(await check({ 'stories/a.md': '没有故事信息。\n' })).toEqual(['stories/a.md:1:1: error story.front_matter']);
    expect(await check({ 'stories/a.md': '+++\ntitle = "x"\n+++\n\n正文\n' })).toEqual(['stories/a.md:1:1: error story.front_matter']);
  });

  it('checks diary milestones and buildings against the data', async () => {
    const body = '<Diary>\n  <DiaryEntry date="2025-01-05" milestone="opening" building="b9">成立。</DiaryEntry>\n</Diary>\n';
    expect(await check({ 'stories/a.mdx': storyText(body) })).toEqual([
      'stories/a.mdx:12:33: error story.attribute_value',
      'stories/a.mdx:12:53: error story.attribute_value',
    ]);
  });

  it('knows the build day in China', () => {
    expect(chinaDate(new Date('2025-09-30T16:30:00Z'))).toBe('2025-10-01');
    expect(chinaDate(new Date('2025-09-30T15:59:00Z'))).toBe('2025-09-30');
  });
});
