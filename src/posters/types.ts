// Poster content models: plain, JSON-serialisable objects with every string already formatted.
// The cache key hashes them, so they hold everything a template draws and nothing else.
import type { UiStrings } from '../i18n/uiTable.ts';

/** The interface words of posters (the locale table's posters section). */
export type PosterText = UiStrings['posters'];

/** The words templates draw around a model's own text, carried by every model (so in its cache key). */
export type PosterLabels = PosterText['labels'];

/** One headline figure, e.g. 投入使用 · 56栋. */
export interface Figure {
  label: string;
  value: string;
}

/** Progress towards a target, e.g. 百梯: 101 of 100 buildings. */
export interface ProgressBar {
  label: string;
  /** What the target means, e.g. 100栋楼取得规划许可. */
  description: string;
  /** e.g. 101栋 / 100栋. */
  valueText: string;
  /** e.g. 101%. */
  percentText: string;
  /** Share done, 0–1 (capped, for the bar). */
  ratio: number;
}

interface PosterBase {
  /** Page the QR code opens (absolute URL). */
  qrUrl: string;
  /** The same URL without the scheme, printed under the QR code. */
  displayUrl: string;
  /** Who publishes the figures, e.g. 西村街道办事处 加装电梯工作专班. */
  publisher: string;
  /** Sample data: the poster says so in large type. */
  illustrative: boolean;
  /** The site's accent (report.json `theme.accent`): the header band on screen editions. */
  accent: string;
  /** The programme's measure word (report.json `entity.counter`, e.g. 栋): never parted from its number. */
  counter: string;
  labels: PosterLabels;
}

/** Monthly progress of the street or one community; `print` is the A4 notice-board edition. */
export interface ProgressPosterModel extends PosterBase {
  kind: 'street' | 'community' | 'print';
  /** Whose progress: a community's poster may trade its share bars for the steps funnel. */
  area: 'street' | 'community';
  /** Whose progress, e.g. 西村街 or 西湾社区. */
  scope: string;
  /** e.g. 加装电梯进展. */
  title: string;
  /** e.g. 2025年9月. */
  period: string;
  figures: Figure[];
  progress: ProgressBar[];
  newsTitle: string;
  /** What changed this month, one sentence each. */
  news: string[];
  /** Every step with how many eligible buildings reached it: drawn as a small funnel where room is left. */
  steps: ProgressBar[];
  /** e.g. 数据截至2025年9月30日. */
  dataDate: string;
  /** The month's latest photo in scope, drawn where the steps funnel would go when there is room. */
  photo: PosterPhoto | undefined;
}

/** A photo a poster draws: read from `file` (cropped to fill) when the poster is rendered. */
export interface PosterPhoto {
  file: string;
  /** sha256 of the file: part of the model, so a changed photo renders the poster again. */
  hash: string;
  alt: string;
  credit: string;
}

/** A building reached a celebrated milestone, e.g. 西湾东1号 电梯投入使用了！ */
export interface BuildingPosterModel extends PosterBase {
  kind: 'building';
  /** `print`: the A4 notice-board edition. */
  edition: 'screen' | 'print';
  address: string;
  /** e.g. 西湾东社区. */
  community: string;
  /** e.g. 电梯投入使用了！ */
  headline: string;
  /** e.g. 2025年9月12日. */
  date: string;
  /** Small facts, e.g. 7层, 28户. */
  facts: string[];
  /** Milestones reached so far, oldest first. */
  timeline: { label: string; date: string }[];
  /** e.g. 从成立筹备组到投入使用，用了2年6个月. */
  journey: string | undefined;
  /** The building's photo at the celebrated milestone, drawn as the hero; its hash keys the cache. */
  photo: PosterPhoto | undefined;
  /** Beside the QR code, in the programme's words: 扫码查看这栋楼的进展. */
  cta: string;
}

/** A resident's story to share: its title, who tells it, about which building, its opening words and cover. */
export interface StoryPosterModel extends PosterBase {
  kind: 'story';
  /** `print`: the A4 notice-board edition, without the photo. */
  edition: 'screen' | 'print';
  /** What the sample badge says: a sample story is not a sample statistic. */
  sampleLabel: string;
  /** e.g. 居民故事 · 西村街. */
  kicker: string;
  title: string;
  /** e.g. 黄叔讲述 · 西湾东1号. */
  byline: string;
  /** e.g. 2025年9月20日. */
  date: string;
  /** The story's opening sentences (its summary when it opens with none), quoted large. */
  excerpt: string;
  /** Its cover photo, drawn as the hero behind the title; undefined without photos and on paper. */
  photo: PosterPhoto | undefined;
  /** Where the story's building stands: every step, with its date once reached (drawn without a photo). */
  steps: { label: string; date: string | undefined }[];
  /** Beside the QR code: 扫码读完整的故事. */
  cta: string;
}

/** Open Graph card for any page. */
export interface OgCardModel {
  kind: 'og';
  title: string;
  subtitle: string;
  /** The page's key figures (street, month, community pages), drawn as tiles instead of the subtitle. */
  figures: Figure[];
  /** A building's state in residents' words, drawn large instead of the subtitle. */
  state: string | undefined;
  /** A story's cover photo, drawn beside the text. */
  photo: PosterPhoto | undefined;
  siteName: string;
  illustrative: boolean;
  accent: string;
  /** The programme's measure word, kept with its number when a title or subtitle wraps. */
  counter: string;
  labels: PosterLabels;
}

export type PosterModel = ProgressPosterModel | BuildingPosterModel | StoryPosterModel | OgCardModel;
export type PosterKind = PosterModel['kind'];

/** Resolution the print edition declares: A4 (210 mm) is 2480 px wide at 300 dpi. */
export const PRINT_DPI = 300;

/** Pixel size of a poster: its kind's, or A4 for a building's or story's print edition. */
export function posterSize(model: PosterModel): { width: number; height: number } {
  return isPrintEdition(model) ? POSTER_SIZES.print : POSTER_SIZES[model.kind];
}

/** Whether the poster is a print edition (A4, declared 300 dpi). */
export function isPrintEdition(model: PosterModel): boolean {
  return model.kind === 'print' || ('edition' in model && model.edition === 'print');
}

/** Pixel size of each kind: portrait for WeChat, 1200×630 for Open Graph, A4 at 300 dpi for print. */
export const POSTER_SIZES: Record<PosterKind, { width: number; height: number }> = {
  street: { width: 1080, height: 1440 },
  community: { width: 1080, height: 1440 },
  building: { width: 1080, height: 1440 },
  story: { width: 1080, height: 1440 },
  og: { width: 1200, height: 630 },
  print: { width: 2480, height: 3508 },
};
