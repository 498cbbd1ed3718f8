// The second bundled example (examples/renovation: estates counted in 个, four milestones, one optional, no
// subsidy) built from its data directory alone: none of the elevator programme's words may reach its pages,
// downloads or posters' alt text; its own headline, celebration, logo and about text do.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../browser/linkCheck.ts';
import { visibleText } from '../visibleText.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const example = path.join(root, 'examples', 'renovation');
mkdirSync(path.join(root, '.cache'), { recursive: true });
const work = mkdtempSync(path.join(root, '.cache', 'site-test-renovation-'));
const outDir = path.join(work, 'dist');

/** The elevator programme's words and counts (the list, and 栋 with a number or as 这栋/栋楼). */
const ELEVATOR_WORDS = /电梯|加装|楼栋|层数|户数|\d栋|这栋|栋楼|每栋|逐栋/;

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file, extensions);
    return extensions.some((ext) => name.endsWith(ext)) ? [file] : [];
  });
}

const page = (url: string): string => readFileSync(path.join(outDir, url, 'index.html'), 'utf8');

beforeAll(() => {
  const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, GONGSHI_DATA: example },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('another programme built from its data directory', () => {
  it('has none of the elevator words in any page’s text or alt, aria-label and title', () => {
    const leaks = filesUnder(outDir, ['.html']).flatMap((file) =>
      visibleText(readFileSync(file, 'utf8'))
        .split('\n')
        .filter((line) => ELEVATOR_WORDS.test(line))
        .map((line) => `${path.relative(outDir, file)}: ${line.slice(0, 120)}`),
    );
    expect(leaks).toEqual([]);
  });

  it('has none of them in its downloads, feed and scripts either', () => {
    const leaks = filesUnder(outDir, ['.csv', '.json', '.xml', '.js']).filter((file) =>
      ELEVATOR_WORDS.test(readFileSync(file, 'utf8')),
    );
    expect(leaks.map((file) => path.relative(outDir, file))).toEqual([]);
  });

  it('heads its home page with its own milestones, counted in 个', () => {
    const text = visibleText(page('/'));
    const figures = [...page('/').matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]);
    expect(figures.slice(0, 3)).toEqual(['completed', 'completed_pending', 'consultation']);
    expect(text).toMatch(/\d+个已竣工验收/);
    expect(text).toContain('查找我的小区');
    expect(text).toContain('纳入改造计划');
  });

  it('celebrates with its own line, on the poster and in its alt text', () => {
    const celebrated = readdirSync(path.join(outDir, 'posters', 'buildings'))[0]!.replace(/\.png$/, '');
    const alt = /<img class="poster-image"[^>]*alt="([^"]*)"/.exec(page(`/buildings/${celebrated}/`))?.[1];
    expect(alt).toContain('改造完成，竣工验收啦！');
    expect(alt).not.toMatch(/。。/);
  });

  it('shows its logo, accent and about text', () => {
    const home = page('/');
    expect(home).toMatch(/class="site-mark" src="\/favicon\.svg"/);
    expect(readFileSync(path.join(outDir, 'favicon.svg'), 'utf8')).toContain('#6a3d9a');
    expect(home).toContain('--brand:#6a3d9a');
    expect(visibleText(page('/about/'))).toContain('这是一个虚构的示例');
  });

  // The word scan above is only as wide as the example: these pin the surfaces it must keep reaching.
  it('speaks its own words on a guide, a story and paused, disputed, ineligible and unstarted estates', () => {
    const guide = visibleText(page('/guide/'));
    expect(guide).toContain('改造包括哪些内容'); // its guide.md
    expect(guide).toContain('改造项目清单'); // a milestone's documents
    const story = page('/stories/heping-acceptance/');
    expect(visibleText(story)).toContain('老周的改造笔记');
    expect(/<img class="poster-image"[^>]*alt="([^"]*)"/.exec(story)?.[1]).toContain('验收那天');
    expect(visibleText(page('/buildings/beihu-005/'))).toContain('这个小区的改造暂时停下来了');
    expect(visibleText(page('/buildings/beihu-002/'))).toContain('居民对改造方案的部分内容有不同意见');
    expect(visibleText(page('/buildings/nanyuan-008/'))).toContain('这个小区将随片区更新一并解决');
    expect(visibleText(page('/buildings/nanyuan-002/'))).toContain('想让小区早点开始改造？');
  });

  it('leaves out the columns estates do not have', () => {
    const header = readFileSync(path.join(outDir, 'data', 'buildings.csv'), 'utf8').split('\n')[0];
    expect(header).not.toMatch(/floors|households|residents/);
  });

  it('links nothing that is missing, and shows no section it has nothing for', () => {
    expect(checkLinks(outDir, { siteUrl: 'https://renovation.example.org/' }).broken).toEqual([]);
    // No cost example in its report.json: the guide has no empty cost section.
    expect(visibleText(page('/guide/'))).not.toContain('费用怎么分摊');
  });
});
