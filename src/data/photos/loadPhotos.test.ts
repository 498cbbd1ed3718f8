import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { places, writeDataset } from '../../../tests/data/tempDataset.ts';
import { loadDataset } from '../loadDataset.ts';
import type { LoadResult } from '../types.ts';

const image = (width: number, height: number, format: 'jpeg' | 'png' | 'gif' = 'jpeg'): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#7aa0c8' } })
    .toFormat(format)
    .toBuffer();

const HEADER = 'building_id,milestone,file,alt,credit,date\n';
const OK = '开工当天楼下围起了挡板,西湾社区居委会';

describe('photos in the data directory', () => {
  let dir: string;
  let result: LoadResult;
  beforeAll(async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(64)]);
    dir = await writeDataset({
      'photos/ok.jpg': await image(900, 600),
      'photos/unused.jpg': await image(900, 600),
      'photos/narrow.jpg': await image(640, 480),
      'photos/photo.heic': heic,
      'photos/broken.jpg': Buffer.from('not really a jpeg'),
      'photos/anim.gif': await image(900, 600, 'gif'),
      'photos/big.jpg': Buffer.alloc(21 * 1024 * 1024),
      'photos/photos.csv':
        HEADER +
        `b1,construction,ok.jpg,${OK},2025-09-05\n` + // 2: valid
        `b1,permit,missing.jpg,${OK},2025-06-02\n` + // 3
        `b9,permit,ok.jpg,${OK},2025-06-02\n` + // 4
        `b1,launch,ok.jpg,${OK},2025-06-02\n` + // 5
        'b1,permit,ok.jpg,,社区,2025-06-02\n' + // 6
        'b1,permit,ok.jpg,IMG_2034.jpg,,2025-06-02\n' + // 7
        `b1,permit,big.jpg,${OK},2025-06-02\n` + // 8
        `b1,permit,narrow.jpg,${OK},2025-06-02\n` + // 9
        `b1,permit,photo.heic,${OK},2025-06-02\n` + // 10
        `b1,permit,broken.jpg,${OK},2025-06-02\n` + // 11
        `b1,permit,anim.gif,${OK},2025-06-02\n` + // 12
        `b1,permit,ok.jpg,${OK},2025-05-20\n` + // 13
        `b1,construction,ok.jpg,${OK},2025-10-02\n` + // 14
        `b1,in_service,ok.jpg,${OK},2025-09-10\n` + // 15
        `b1,permit,../report.json,${OK},2025-06-02\n` + // 16
        'b1,permit,ok.jpg,new elevator,社区,2025-06-02\n', // 17
      'stories/diary/index.mdx':
        '---\ntitle: 日记\n---\n\n' +
        '<Photo src="./a.jpg" alt="井道旁的新电梯" credit="居民供图" />\n' + // 5
        '<Photo src="./gone.jpg" alt="" credit="居民供图" />\n' + // 6
        '![电梯](./a.jpg)\n', // 7
      'stories/diary/a.jpg': await image(1000, 700),
      'stories/diary/extra.png': await image(900, 600, 'png'),
    });
    await symlink(join(dir, 'photos/ok.jpg'), join(dir, 'photos/linked.jpg'));
    await writeFile(join(dir, 'photos/photos.csv'), `b1,permit,linked.jpg,${OK},2025-06-02\n`, { flag: 'a' }); // 18
    result = await loadDataset(dir);
  });

  it('reports every rule at the exact cell, all at once; files with a problem count as used', () => {
    expect(result.ok).toBe(false);
    const found = places(result, dir).filter((p) => p.includes('photo'));
    expect(found).toEqual([
      // The data directory's door names every link; the photo row that uses it says so too.
      'photos/linked.jpg:1:1: error file.symlink',
      'photos/photos.csv:3:3: error photo.missing',
      'photos/photos.csv:4:1: error photo.unknown_building',
      'photos/photos.csv:5:2: error photo.unknown_milestone',
      'photos/photos.csv:6:4: error photo.alt',
      'photos/photos.csv:7:4: error photo.alt',
      'photos/photos.csv:7:5: error photo.credit',
      'photos/photos.csv:8:3: error photo.too_big',
      'photos/photos.csv:9:3: error photo.too_narrow',
      'photos/photos.csv:10:3: error photo.heic',
      'photos/photos.csv:11:3: error photo.unreadable',
      'photos/photos.csv:12:3: error photo.format',
      'photos/photos.csv:13:6: error photo.date_before_milestone',
      'photos/photos.csv:14:6: error photo.date_after_snapshot',
      'photos/photos.csv:15:2: error photo.milestone_not_reached',
      'photos/photos.csv:16:3: error photo.bad_path',
      'photos/photos.csv:17:4: error photo.alt',
      'photos/photos.csv:18:3: error photo.link',
      'photos/unused.jpg:1:1: warning photo.unused',
      'stories/diary/extra.png:1:1: warning photo.unused',
      'stories/diary/index.mdx:6:13: error photo.missing',
      'stories/diary/index.mdx:6:30: error photo.alt',
      'stories/diary/index.mdx:7:1: error photo.markdown_image',
    ]);
  });

  it('tells the clerk how to export JPEG from a phone', () => {
    const heic = !result.ok && result.problems.find((p) => p.code === 'photo.heic');
    expect(heic && heic.message).toMatch(/JPEG.*iPhone/);
  });
});

describe('valid photos', () => {
  it('are measured upright, hashed and ordered by date', async () => {
    // Stored 600×900 with orientation 6 (the phone was turned): upright it is 900 wide.
    const turned = await sharp({ create: { width: 600, height: 900, channels: 3, background: '#ccc' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const dir = await writeDataset({
      'photos/turned.jpg': turned,
      'photos/b.jpg': await image(1200, 800),
      'photos/photos.csv':
        HEADER + `b1,construction,turned.jpg,${OK},2025-09-05\nb1,规划许可,b.jpg,${OK},2025-06-02\n`,
    });
    await mkdir(join(dir, 'stories'), { recursive: true });
    const result = await loadDataset(dir);
    if (!result.ok) throw new Error(places(result, dir).join('\n'));
    expect(result.warnings).toEqual([]);
    expect(result.dataset.photos.map((p) => [p.milestone, p.date, p.width, p.height])).toEqual([
      ['permit', '2025-06-02', 1200, 800],
      ['construction', '2025-09-05', 900, 600],
    ]);
    expect(result.dataset.photos[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
