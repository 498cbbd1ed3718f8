import { describe, expect, it } from 'vitest';
import { addressAliases } from './addressAliases.ts';
import { searchPage } from '../i18n/zh-CN/searchPage.ts';
import { hasExactMatch, matchScore, rankResults, type RankFields } from './rankResults.ts';

/** Xicun's report.json `addressVariants`. */
const XICUN_VARIANTS = [['大岗元', '大岗园']] as const;

const same = (r: RankFields): RankFields => r;
const building = (address: string): RankFields => ({
  type: 'building',
  address,
  aliases: addressAliases(address, XICUN_VARIANTS).join(' '),
});

describe('matchScore', () => {
  it('scores equal, start or end, inside, and no match', () => {
    expect(matchScore('西湾东1号', '西湾东1号')).toBe(4);
    expect(matchScore('西湾东1', '西湾东1号')).toBe(3);
    expect(matchScore('32号', '协和路32号')).toBe(3);
    expect(matchScore('32号', '西湾东32号之1')).toBe(2);
    expect(matchScore('大岗', '西湾东1号')).toBe(0);
  });
  it('never splits a number', () => {
    expect(matchScore('西湾东1', '西湾东10号')).toBe(0);
    expect(matchScore('1号', '西湾东二街11号')).toBe(0);
    expect(matchScore('1号', '西湾东二街11号之1')).toBe(0);
    expect(matchScore('1号', '西湾东3-1号')).toBe(0);
  });
  it('ignores spaces and reads full-width digits', () => {
    expect(matchScore('西湾东 １号', '西湾东1号')).toBe(4);
  });
});

describe('rankResults', () => {
  const pagefindOrder = [
    building('西湾东二街11号之1'),
    building('西湾东10号'),
    building('西湾东1号'),
    { type: 'community', community: '西湾东社区' },
  ];
  it('puts the typed address first, whatever Pagefind ranked first', () => {
    expect(rankResults('西湾东1', pagefindOrder, same, searchPage)[0]?.address).toBe('西湾东1号');
    expect(rankResults('西湾东1号', pagefindOrder, same, searchPage)[0]?.address).toBe('西湾东1号');
  });
  it('matches aliases: Chinese numerals and other spellings', () => {
    expect(rankResults('西湾东一号', pagefindOrder, same, searchPage)[0]?.address).toBe('西湾东1号');
    expect(
      rankResults('大岗园北38号', [building('大岗元北3号'), building('大岗元北38号')], same, searchPage)[0]
        ?.address,
    ).toBe('大岗元北38号');
  });
  it('puts a community first when its name is the query', () => {
    expect(rankResults('西湾东', pagefindOrder, same, searchPage)[0]?.type).toBe('community');
  });
  it('keeps Pagefind order among equal matches', () => {
    expect(rankResults('不相干', pagefindOrder, same, searchPage)).toEqual(pagefindOrder);
  });
});

describe('rankResults with stories', () => {
  it('ranks a story by its title, not by the building it is about', () => {
    const story = { type: 'story', title: '黄叔的电梯日记', address: '西湾东1号' };
    expect(rankResults('西湾东1号', [story, building('西湾东1号')], same, searchPage)[0]?.type).toBe(
      'building',
    );
    expect(rankResults('黄叔', [building('西湾东1号'), story], same, searchPage)[0]?.type).toBe('story');
  });
});

describe('hasExactMatch', () => {
  const b = (address: string): RankFields => ({
    type: 'building',
    address,
    aliases: addressAliases(address, XICUN_VARIANTS).join(' '),
  });
  const found = [b('大岗元北38号'), b('西湾东1号'), b('西湾东10号')];
  const id = (r: RankFields): RankFields => r;

  it('is true when an address, an alias or the address without 号 is what was typed', () => {
    expect(hasExactMatch('西湾东1号', found, id, searchPage)).toBe(true);
    expect(hasExactMatch('西湾东1', found, id, searchPage)).toBe(true);
    expect(hasExactMatch('大岗园北38号', found, id, searchPage)).toBe(true);
  });

  it('is false when only a nearby address was found', () => {
    expect(hasExactMatch('大岗元北32号', found, id, searchPage)).toBe(false);
    expect(hasExactMatch('西湾东', found, id, searchPage)).toBe(false);
    expect(hasExactMatch('', found, id, searchPage)).toBe(false);
  });
});

describe('address endings', () => {
  it('come from the locale table, not the code', () => {
    const endings = { houseNumberSuffix: '番', communitySuffix: '町' };
    const found: RankFields[] = [{ type: 'building', address: '西湾1番' }];
    expect(hasExactMatch('西湾1', found, same, endings)).toBe(true);
    expect(hasExactMatch('西湾1', [{ type: 'building', address: '西湾1号' }], same, endings)).toBe(false);
    const town = { type: 'community', community: '西湾町' };
    expect(rankResults('西湾', [building('东湾1号'), town], same, endings)[0]).toBe(town);
  });
});
