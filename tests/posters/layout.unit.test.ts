// Lays out worst-case posters with satori and checks that no text leaves its box, the canvas,
// or runs into another text or the QR code.
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { fontsFor } from '../../src/posters/font.ts';
import { QR_ATTRIBUTE } from '../../src/posters/qr.ts';
import { posterLayout } from '../../src/posters/templates/index.ts';
import { TEXT_ATTRIBUTE } from '../../src/posters/templates/parts.ts';
import { LINE_ATTRIBUTE, photosOf, textOf } from '../../src/posters/tree.ts';
import type {
  BuildingPosterModel,
  OgCardModel,
  PosterModel,
  ProgressPosterModel,
  StoryPosterModel,
} from '../../src/posters/types.ts';
import { LONG_ADDRESS, LONG_COMMUNITY } from './fixtures.ts';
import { posters } from '../../src/i18n/zh-CN/posters.ts';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  label: string;
}

const LONG_URL = 'gongshi.example.org/buildings/huanshixiyuan-north-12-3-extension/';
const common = {
  qrUrl: `https://${LONG_URL}`,
  displayUrl: LONG_URL,
  publisher: '广州市荔湾区西村街道办事处既有住宅加装电梯工作专班（城市更新办公室）',
  illustrative: true,
  accent: '#a4161a',
  counter: '栋',
  labels: posters.labels,
};

const progress: ProgressPosterModel = {
  ...common,
  kind: 'street',
  area: 'street',
  photo: undefined,
  scope: `西村街 · ${LONG_COMMUNITY}社区`,
  title: '既有住宅加装电梯与老旧小区改造工作进展',
  period: '2025年12月',
  figures: [
    { label: '电梯已投入使用（含补贴已拨付）', value: '1,234,567栋' },
    { label: '正在施工', value: '88,888栋' },
    { label: '取得规划许可', value: '100,000栋' },
  ],
  progress: [
    {
      label: '百梯',
      description: '“百梯万人”目标：100栋楼取得规划许可并开工建设',
      valueText: '1,234,567栋 / 目标100栋',
      percentText: '1,234,567%',
      ratio: 1,
    },
    {
      label: '万人',
      description: '规划许可惠及居民',
      valueText: '10,067人 / 目标10,000人',
      percentText: '101%',
      ratio: 1,
    },
  ],
  newsTitle: '本月（首次发布）到达的环节',
  news: [
    `投入使用 12栋：${LONG_ADDRESS}、${LONG_ADDRESS}、${LONG_ADDRESS}等`,
    `业主表决通过 3栋：${LONG_ADDRESS}、${LONG_ADDRESS}、西湾东1号等`,
    `规划许可 1,234栋：${LONG_ADDRESS}、广雅后街36号、西增路62号之2等`,
  ],
  steps: ['成立筹备组', '业主表决通过', '批前公示', '规划许可', '开工', '投入使用', '补贴拨付'].map(
    (label, i) => ({
      label,
      description: '',
      valueText: `${String(1000 - i * 100)}栋`,
      percentText: `${String(90 - i * 10)}%`,
      ratio: (90 - i * 10) / 100,
    }),
  ),
  dataDate: '数据截至2025年12月31日',
};

const building: BuildingPosterModel = {
  ...common,
  kind: 'building',
  edition: 'screen',
  photo: undefined,
  address: `${LONG_ADDRESS}${LONG_ADDRESS}`,
  community: `西村街 · ${LONG_COMMUNITY}社区`,
  headline: '电梯投入使用并完成特种设备使用登记了！',
  date: '2025年12月31日',
  facts: ['19层', '1,234户', '3,456人'],
  timeline: ['成立筹备组', '业主表决通过', '批前公示', '规划许可', '开工', '投入使用', '补贴拨付'].map(
    (label) => ({
      label: `${label}（补充说明）`,
      date: '2025年12月31日',
    }),
  ),
  journey: '从成立筹备组到补贴拨付，用了123个月，感谢每一位热心邻居',
  cta: '扫码查看这栋楼的进展',
};

const og: OgCardModel = {
  kind: 'og',
  title: `${LONG_ADDRESS}${LONG_ADDRESS}`,
  subtitle: `${LONG_COMMUNITY}社区 · 投入使用 · ${LONG_ADDRESS}`,
  siteName: '西村街既有住宅加装电梯工作进展公示（示例站点）',
  illustrative: true,
  accent: '#a4161a',
  counter: '栋',
  labels: posters.labels,
  figures: [],
  state: undefined,
  photo: undefined,
};
const ogFigures: OgCardModel = {
  ...og,
  figures: [
    { label: '电梯已投入使用', value: '12,345栋' },
    { label: '正在施工', value: '1,234栋' },
    { label: '取得规划许可', value: '12,345栋' },
  ],
};
const ogPhoto: OgCardModel = {
  ...og,
  photo: { file: '/no/file.jpg', hash: 'h', alt: '开工仪式', credit: `${LONG_COMMUNITY}社区居委会` },
};
const ogState: OgCardModel = { ...og, state: `已撤回（曾完成第3步：${LONG_ADDRESS}批前公示）` };

const story: StoryPosterModel = {
  ...common,
  kind: 'story',
  edition: 'screen',
  sampleLabel: '示例故事 · 并非真人真事',
  kicker: `居民故事 · ${LONG_COMMUNITY}街道`,
  title: `${LONG_ADDRESS}的电梯日记：从成立筹备组到投入使用的每一天`,
  byline: `热心邻居黄叔讲述 · ${LONG_ADDRESS}、${LONG_ADDRESS}`,
  date: '2025年12月31日',
  // Longer than any excerpt (a story without a paragraph quotes its summary, which may be longer still).
  excerpt:
    `${LONG_ADDRESS}从成立筹备组到电梯投入使用，一位热心邻居记下的一年半：开会、表决、公示、施工，还有第一次坐上电梯的那天。`.repeat(
      2,
    ),
  photo: undefined,
  steps: ['成立筹备组', '业主表决通过', '批前公示', '规划许可', '开工', '投入使用', '补贴拨付'].map(
    (label, i) => ({
      label: `${label}（补充说明）`,
      date: i < 4 ? '2025年12月31日' : undefined,
    }),
  ),
  cta: '扫码读完整的故事',
};

const ONE_PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** Rectangles of every text line (with its fitted box) and QR code, as satori lays them out. */
async function layout(
  model: PosterModel,
): Promise<{ width: number; height: number; lines: (Rect & { box: Rect })[]; qr: Rect[] }> {
  const { tree, width, height } = posterLayout(model);
  // Photos are filled in by the renderer; any image will do for the layout.
  for (const element of photosOf(tree)) element.props['src'] = ONE_PIXEL;
  const lines: (Rect & { box: Rect })[] = [];
  const qr: Rect[] = [];
  let box: Rect | undefined;
  await satori(tree, {
    width,
    height,
    fonts: await fontsFor(textOf(tree)),
    onNodeDetected: (node) => {
      const rect = {
        left: node.left,
        top: node.top,
        right: node.left + node.width,
        bottom: node.top + node.height,
      };
      const fit: unknown = node.props[TEXT_ATTRIBUTE];
      const text: unknown = node.props[LINE_ATTRIBUTE];
      if (typeof fit === 'string') box = { ...rect, label: fit };
      if (typeof text === 'string' && box) lines.push({ ...rect, label: text, box });
      if (typeof node.props[QR_ATTRIBUTE] === 'string') qr.push({ ...rect, label: 'QR' });
    },
  });
  return { width, height, lines, qr };
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

describe.each([
  ['street', progress],
  ['community', { ...progress, kind: 'community' } as ProgressPosterModel],
  ['print', { ...progress, kind: 'print' } as ProgressPosterModel],
  [
    'community with a photo',
    {
      ...progress,
      kind: 'community',
      area: 'community',
      news: ['投入使用 1栋：西湾路1号'],
      photo: { file: '/no/file.jpg', hash: 'h', alt: '试乘', credit: `${LONG_COMMUNITY}社区居委会` },
    } as ProgressPosterModel,
  ],
  ['community print', { ...progress, kind: 'print', area: 'community' } as ProgressPosterModel],
  ['building', building],
  ['building print', { ...building, edition: 'print' } as BuildingPosterModel],
  [
    'building with a photo',
    {
      ...building,
      photo: { file: '/no/file.jpg', hash: 'h', alt: '试乘', credit: `${LONG_COMMUNITY}社区居委会` },
    },
  ],
  ['story', story],
  [
    'story with a photo',
    {
      ...story,
      photo: { file: '/no/file.jpg', hash: 'h', alt: '开工', credit: `${LONG_COMMUNITY}社区居委会` },
    },
  ],
  ['story print', { ...story, edition: 'print' } as StoryPosterModel],
  ['story with a short excerpt', { ...story, excerpt: '开工了。' }],
  ['story without steps', { ...story, steps: [] } as StoryPosterModel],
  ['og', og],
  ['og with figures', ogFigures],
  ['og with a building state', ogState],
  ['og with a story photo', ogPhoto],
] as const)('%s poster with the longest texts', (_kind, model) => {
  it('keeps every line inside its box and the canvas, without touching other lines or the QR code', async () => {
    const { width, height, lines, qr } = await layout(model);
    expect(lines.length).toBeGreaterThan(3);
    expect(qr.length).toBe(model.kind === 'og' ? 0 : 1);
    for (const l of lines) {
      expect(l.right, `${l.label} overflows its box`).toBeLessThanOrEqual(l.box.right + 0.5);
      expect(l.left).toBeGreaterThanOrEqual(0);
      expect(l.top).toBeGreaterThanOrEqual(0);
      expect(l.right, `${l.label} leaves the canvas`).toBeLessThanOrEqual(width);
      expect(l.bottom, `${l.label} leaves the canvas`).toBeLessThanOrEqual(height);
    }
    const rects: Rect[] = [...lines, ...qr];
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i] as Rect;
        const b = rects[j] as Rect;
        expect(overlap(a, b), `「${a.label}」 overlaps 「${b.label}」`).toBeLessThanOrEqual(1);
      }
    }
  });
});
