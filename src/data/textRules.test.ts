// The rules every text field gets, through the whole loader: invisible characters, poster glyphs, lengths,
// and ids that collide on a case-insensitive disk. Each problem names the file and the place.
import { describe, expect, it } from 'vitest';
import { places, storyText, writeDataset, type Files } from '../../tests/data/tempDataset.ts';
import { makeReport } from '../../tests/factories.ts';
import { formatProblems } from './formatProblems.ts';
import { loadDataset } from './loadDataset.ts';
import type { Problem } from './types.ts';

const HEADER = 'building_id,status,group_formed,consent,notice,permit,construction,in_service,subsidy,note\n';
const BUILDINGS_HEADER = 'building_id,community_id,address,floors,households,residents,eligible,lat,lng\n';
const withNote = (note: string): string =>
  `${HEADER}b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,2025-09-03,,,"${note}"\nb2,active,2025-02-01,,,,,,,\n`;
const buildingsWith = (address: string): string =>
  `${BUILDINGS_HEADER}b1,c1,${address},7,28,100,yes,,\nb2,c1,测试路2号,8,30,90,yes,,\nb3,c2,西湾东1号,6,20,60,no,,\n`;

async function problems(overrides: Files): Promise<{ places: string[]; list: Problem[] }> {
  const dir = await writeDataset(overrides);
  const result = await loadDataset(dir);
  return { places: places(result, dir), list: result.ok ? result.warnings : result.problems };
}

describe('invisible and control characters', () => {
  it.each([
    ['\u200B', 'U+200B ZERO WIDTH SPACE'],
    ['\u2060', 'U+2060 WORD JOINER'],
    ['\u00AD', 'U+00AD SOFT HYPHEN'],
    ['\uFEFF', 'U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM)'],
    ['\u202E', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\u0000', 'U+0000 NULL'],
    ['\u001B[31m', 'U+001B ESCAPE'],
    ['\u0007', 'U+0007 BELL'],
    ['\u009B', 'U+009B CONTROL SEQUENCE INTRODUCER'],
    ['\u2028', 'U+2028 LINE SEPARATOR'],
  ])('%j in a note is an error at its cell, naming the character', async (char, name) => {
    const { places: got, list } = await problems({ 'snapshots/2025-09.csv': withNote(`已开工${char}顺利`) });
    expect(got).toEqual(['snapshots/2025-09.csv:2:10: error text.invisible']);
    expect(list[0]?.message).toContain(name);
    expect(list[0]?.message).toContain('第 4 个字符');
    // The message itself never carries the character.
    expect(list[0]?.message).not.toContain(char[0]);
  });

  it('points at the character in report.json, JSON snapshots and stories', async () => {
    const report = JSON.stringify(makeReport({ title: '测试\u200B街' }), null, 2);
    const line = report.split('\n').findIndex((l) => l.includes('"title"')) + 1;
    const json = `[\n  {"building_id": "b1", "status": "active", "group_formed": "2025-01-05", "consent": "", "notice": "", "permit": "", "construction": "", "in_service": "", "subsidy": "", "note": "好\\u202e消息"},\n  {"building_id": "b2", "status": "active", "group_formed": "2025-02-01", "consent": "", "notice": "", "permit": "", "construction": "", "in_service": "", "subsidy": "", "note": "正常\u2060"}\n]\n`;
    const story = storyText('第一段。\n王阿姨\u200D说：好。\n');
    const got = await problems({
      'report.json': report,
      'snapshots/2025-08.csv': null,
      'snapshots/2025-09.csv': null,
      'snapshots/2025-09.json': json,
      'stories/lift.md': story,
    });
    const noteColumn = (n: number): number => (json.split('\n')[n] ?? '').indexOf('"note": "') + 10;
    expect(got.places).toEqual([
      `report.json:${line}:15: error text.invisible`,
      `snapshots/2025-09.json:2:${noteColumn(1)}: error text.invisible`,
      `snapshots/2025-09.json:3:${noteColumn(2) + 2}: error text.invisible`,
      'stories/lift.md:12:4: error text.invisible',
    ]);
  });

  it('finds a phone number hidden by invisible characters, and masks it in every message format', async () => {
    const { places: got, list } = await problems({ 'snapshots/2025-09.csv': withNote('联系1381234\u200B5678') });
    expect(got).toEqual([
      'snapshots/2025-09.csv:2:10: error text.invisible',
      'snapshots/2025-09.csv:2:10: error personal_data.mobile',
    ]);
    for (const format of ['text', 'github', 'json'] as const) {
      expect(formatProblems(list, format)).not.toMatch(/1234|\u200B/);
    }
  });
});

describe('characters the posters cannot draw', () => {
  it('refuses an emoji or a private-use character in a name or address, at its cell', async () => {
    const got = await problems({
      'communities.csv': 'community_id,name\nc1,一社区😀\nc2,二社区\n',
      'buildings.csv': buildingsWith('测试路\uE000号'),
    });
    expect(got.places).toEqual(['buildings.csv:2:3: error text.missing_glyph', 'communities.csv:2:2: error text.emoji']);
    expect(got.list.map((p) => p.message).join('\n')).toMatch(/U\+1F600[\s\S]*U\+E000|U\+E000[\s\S]*U\+1F600/);
  });

  it('accepts Cantonese place names with CJK Extension B characters (drawn by the fallback font)', async () => {
    const got = await problems({ 'communities.csv': 'community_id,name\nc1,𨋢社区\nc2,二社区\n', 'buildings.csv': buildingsWith('𠝹路1号') });
    expect(got.places).toEqual([]);
  });

  it('reports every missing character of a story with its line and column', async () => {
    const got = await problems({ 'stories/a.md': storyText('电梯开通\uE001了。\n', { title: '好消息🎉' }) });
    expect(got.places).toEqual(['stories/a.md:2:11: error text.emoji', 'stories/a.md:11:5: error text.missing_glyph']);
  });
});

describe('lengths', () => {
  it('a 1,000,000-character note is one error with the limit, and nothing else reads it', async () => {
    const got = await problems({ 'snapshots/2025-09.csv': withNote(`开工${'很'.repeat(1_000_000)}13812345678`) });
    expect(got.places).toEqual(['snapshots/2025-09.csv:2:10: error text.too_long']);
    expect(got.list[0]?.message).toMatch(/1000013 个字符，超过上限 300 个/);
    expect(got.list[0]?.message.length).toBeLessThan(200);
  });

  it('limits names and addresses far below notes', async () => {
    const got = await problems({
      'communities.csv': `community_id,name\nc1,${'长'.repeat(41)}\nc2,二社区\n`,
      'buildings.csv': buildingsWith(`${'路'.repeat(61)}`),
    });
    expect(got.places).toEqual(['buildings.csv:2:3: error text.too_long', 'communities.csv:2:2: error text.too_long']);
    expect(got.list.map((p) => p.message).join()).toMatch(/上限 60 个[\s\S]*上限 40 个/);
  });

  it('limits report.json strings and JSON values too, at the value', async () => {
    const report = JSON.stringify(makeReport({ title: '长'.repeat(101) }), null, 2);
    const line = report.split('\n').findIndex((l) => l.includes('"title"')) + 1;
    expect((await problems({ 'report.json': report })).places).toEqual([`report.json:${line}:13: error text.too_long`]);
  });

  it('cuts an unknown header to 40 characters in the message', async () => {
    const header = `${'x'.repeat(30)}\u001B${'y'.repeat(100)}`;
    const got = await problems({ 'communities.csv': `community_id,name,${header}\nc1,一社区,\nc2,二社区,\n` });
    expect(got.places).toEqual(['communities.csv:1:3: error csv.unknown_column']);
    const message = got.list[0]?.message ?? '';
    expect(message).toContain(`“${'x'.repeat(30)}<U+001B>${'y'.repeat(9)}…”`);
    expect(message).not.toContain('\u001B');
  });
});

describe('ids unique regardless of case', () => {
  it('refuses building ids that differ only by case', async () => {
    const csv = `${BUILDINGS_HEADER}b1,c1,测试路1号,7,28,100,yes,,\nb2,c1,测试路2号,8,30,90,yes,,\nb3,c2,西湾东1号,6,20,60,no,,\nB2,c1,测试路4号,6,20,60,no,,\n`;
    const got = await problems({ 'buildings.csv': csv });
    expect(got.places).toEqual(['buildings.csv:5:1: error building.duplicate_id']);
    expect(got.list[0]?.message).toContain('第 3 行的“b2”只差大小写');
  });

  it('refuses community ids that differ only by case', async () => {
    const got = await problems({ 'communities.csv': 'community_id,name\nc1,一社区\nc2,二社区\nC1,三社区\n' });
    expect(got.places).toEqual(['communities.csv:4:1: error community.duplicate_id']);
  });

  it('refuses full-width ids (they would fold onto ASCII ones)', async () => {
    const got = await problems({ 'communities.csv': 'community_id,name\nc1,一社区\nc2,二社区\nｃ１,三社区\n' });
    expect(got.places).toEqual(['communities.csv:4:1: error community.invalid_id']);
  });
});
