// The validated data model. Everything downstream of the loader works on these types only.

/** A month as `YYYY-MM`. */
export type Month = string;
/** A calendar date as ISO `YYYY-MM-DD`. */
export type IsoDate = string;

/** The last milestone key a building has reached, or `none` (eligible, nothing yet). */
export type Stage = string;
export const NO_STAGE: Stage = 'none';

export const STATUSES = ['active', 'paused', 'disputed', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

/** Chinese labels of the fixed statuses (also accepted as input). */
export const STATUS_LABELS: Record<Status, string> = {
  active: '正常',
  paused: '暂停',
  disputed: '争议中',
  withdrawn: '已撤回',
};

/** Older or shorter words also accepted in the status column. */
export const STATUS_ALIASES: Record<string, Status> = { 放弃: 'withdrawn', 撤回: 'withdrawn' };

/** One step every building goes through, in report order. */
export interface Milestone {
  /** Column key in snapshots, e.g. `permit`. */
  key: string;
  /** Chinese label, also accepted as a column header, e.g. 规划许可. */
  label: string;
  labelEn?: string;
  /** Residents' words while a building works toward it, e.g. 正在准备业主表决; default `下一步：<label>`. */
  pending?: string;
  /** Residents' words once reached, e.g. 电梯已投入使用; default `已<label>`. */
  done?: string;
  /** Plain-language explanation for the about page. */
  description: string;
  /** While this is a building's next step: what it involves, in plain words. */
  involves?: string;
  /** Who acts at this step, e.g. 业主（筹备组组织） or 区规划部门. */
  actor?: string;
  /** What residents can do while their building waits for this step. */
  residentsCan?: string;
  /** Documents this step needs, for the guide. */
  documents?: string[];
  /** Its colour in the charts, e.g. #1b7837; otherwise its place in a blue ramp. */
  color?: string;
  /** An entry may skip it (later milestones still count); the first milestone cannot be optional. */
  optional?: boolean;
  /** The celebration poster's line when a building reaches it, e.g. 电梯投入使用了！; default `<label>了！`. */
  celebration?: string;
}

/**
 * One headline figure: a milestone key (buildings that reached it), or an object naming the milestone
 * (`milestone`: reached it; `pending`: working towards it now, i.e. at the step before) with its own label.
 */
export type HeadlineEntry = string | { milestone: string; label?: string } | { pending: string; label?: string };

/** What a status other than `active` means and what can restart the building. */
export interface StatusWording {
  meaning: string;
  restart?: string;
}

/** Wording for the call to action shown where an eligible building has no group yet. */
export interface StartGroupWording {
  /** e.g. 想牵头成立筹备组？ */
  title: string;
  text: string;
  /** First steps, in order. */
  steps: string[];
}

/** Wording for ineligible buildings: whether the recorded reason can change, per reason text. */
export interface IneligibleWording {
  /** Shown when the reason has no entry of its own. */
  canChange: string;
  reasons?: Record<string, string>;
}

/** Figures for the guide's cost-sharing worked example. */
export interface CostExample {
  /** Total cost of one elevator in yuan. */
  costYuan: number;
  householdsPerFloor: number;
  /** Share weight per floor from the ground floor up; the example building has this many floors. */
  floorWeights: number[];
}

export interface GuideConfig {
  /** Page title, e.g. 加装电梯怎么办. */
  title: string;
  costExample?: CostExample;
}

/** A published target, e.g. 百梯万人: 100 buildings with a planning permit. */
export interface Goal {
  key: string;
  label: string;
  description?: string;
  /** Milestone whose reached count (or residents) is measured. */
  milestone: string;
  measure: 'buildings' | 'residents';
  target: number;
}

/** What a programme tracks and the words every page, chart and poster counts it with. */
export interface EntityConfig {
  /** What is tracked, in headings and lists: 楼栋 (全部楼栋, 查找我的楼栋). */
  noun: string;
  /** The measure word used with every count: 栋 (56栋). */
  counter: string;
  /** Phrase for an entry inside the programme: 符合加装条件. */
  eligible: string;
  /** Phrase for an entry outside it: 不在加装范围. */
  ineligible: string;
  /** The thing after a measure word (这栋楼, 6栋楼); default `noun`. */
  item?: string;
  /** The residents' own group one can also ask (筹备组); none when the programme has no such group. */
  group?: string;
}

export interface ReportConfig {
  title: string;
  /** Short name for the page header on phones, e.g. 西村街加装电梯; defaults to `title`. */
  shortTitle?: string;
  /** Programme name, e.g. 既有住宅加装电梯. */
  programme: string;
  /** Short programme name in headings (西村街加装电梯月报); default `programme`. */
  topic?: string;
  /** What is tracked and its words; default the elevator programme's (楼栋, 栋). */
  entity?: EntityConfig;
  street: string;
  district: string;
  city: string;
  /** Absolute URL where the site is published, with trailing slash. */
  siteUrl: string;
  locale: string;
  /** True while the data is invented sample data; the site says so on every page. */
  illustrative: boolean;
  contact: { office: string; address: string; phone?: string; hours?: string; email?: string };
  /** Published population figures, for context only. */
  population?: { residents: number; residentsInOldBuildings: number };
  milestones: Milestone[];
  goals: Goal[];
  /** Milestone keys that earn a building a celebration poster in the month it is reached. */
  celebrate: string[];
  /** Headline figures on the home, community and report pages and the posters, in order. */
  headline?: HeadlineEntry[];
  /** The milestone the trend chart's forecast projects; default in_service or the last milestone. */
  forecast?: string;
  /** A Markdown file in the data directory that becomes the about page's own text, e.g. about.md. */
  about?: string;
  /** The site's accent (header rule, poster header band) and its logo, an SVG file in the data directory. */
  theme?: { accent?: string; logo?: string };
  /** Subsidy per elevator in yuan, if the programme pays one. */
  subsidyYuan?: number;
  /** Months with no snapshot, confirmed by the office with a public reason (shown on /changes/). */
  skippedMonths?: { month: Month; reason: string }[];
  /** What paused, disputed and withdrawn mean on a building page. */
  statuses?: Partial<Record<Exclude<Status, 'active'>, StatusWording>>;
  startGroup?: StartGroupWording;
  ineligible?: IneligibleWording;
  guide?: GuideConfig;
  /** Place names residents spell two ways (大岗元 / 大岗园): search finds an address in either spelling. */
  addressVariants?: [string, string][];
}

/** Where residents of a community can ask in person; the phone is a declared public office number. */
export interface ServicePoint {
  name: string;
  address: string;
  hours?: string;
  phone?: string;
}

export interface Community {
  id: string;
  name: string;
  nameEn?: string;
  servicePoint?: ServicePoint;
}

export interface Building {
  id: string;
  communityId: string;
  /** Street address without any flat or room number, e.g. 西湾东1号. */
  address: string;
  /** Absent when buildings.csv has no such column (e.g. a programme tracking estates). */
  floors?: number;
  households?: number;
  /** Absent without a `residents` column: figures then count buildings only. */
  residents?: number;
  eligible: boolean;
  /** Why an ineligible building is not tracked (public wording). */
  ineligibleReason?: string;
  lat?: number;
  lng?: number;
}

/** One building's state at a month's end. */
export interface SnapshotRow {
  buildingId: string;
  status: Status;
  /** Milestone key → ISO date reached; absent when not reached. */
  dates: Partial<Record<string, IsoDate>>;
  /** Short public remark, may be empty. */
  note: string;
  /** 1-based physical line in the source file, for later messages. */
  line: number;
}

export interface Snapshot {
  month: Month;
  /** Path of the source file as given to the loader. */
  file: string;
  rows: SnapshotRow[];
}

/**
 * A documented change to a value published in an earlier month. Without one,
 * a milestone date that changes or disappears is treated as lost data.
 */
export interface Correction {
  /** The snapshot month in which the corrected value first appears. */
  month: Month;
  buildingId: string;
  /**
   * A milestone key, `status`, `note`, `row` (building removed from tracking), or a registry field
   * (`community_id`, `eligible`, `residents`: from `month` on, the building has `newValue`).
   */
  field: string;
  oldValue: string;
  newValue: string;
  /** Date the correction was decided. */
  date: IsoDate;
  reason: string;
  /** 1-based physical line in corrections.csv, for later messages. */
  line: number;
}

/** A published photo: checked, measured and hashed by the loader. */
export interface Photo {
  /** Path of the image file as given to the loader. */
  file: string;
  /** Chinese description, read aloud and shown to people who cannot see the image. */
  alt: string;
  /** 图片来源, shown with the photo. */
  credit: string;
  /** Upright size in pixels (EXIF orientation applied). */
  width: number;
  height: number;
  /** sha256 of the file, hex. */
  hash: string;
}

/** A photo of one building at one milestone, from photos/photos.csv. */
export interface BuildingPhoto extends Photo {
  buildingId: string;
  milestone: string;
  date: IsoDate;
}

/** A photo in a story's body (`<Photo src=… />`), stored beside the story file. */
export interface StoryPhoto extends Photo {
  /** Path of the story file as given to the loader. */
  story: string;
  /** The `src` as written in the story, e.g. `./开工.jpg`. */
  src: string;
}

/** A resident's story as validated: its front matter and opening words (the body is rendered by the site). */
export interface Story {
  /** Its address: /stories/<slug>/. */
  slug: string;
  file: string;
  title: string;
  /** The name the resident chose to be shown by. */
  displayName: string;
  /** Registry building ids it is about. */
  buildings: string[];
  date: IsoDate;
  summary: string;
  /** Invented sample content. */
  sample: boolean;
  /** The text of its first paragraph (the poster quotes its start); '' when it has none. */
  lead: string;
}

export interface Dataset {
  dir: string;
  report: ReportConfig;
  communities: Community[];
  buildings: Building[];
  /** Ascending by month. */
  snapshots: Snapshot[];
  corrections: Correction[];
  /** Milestone photos, ordered by date then file. */
  photos: BuildingPhoto[];
  /** Photos in story bodies, in story and text order. */
  storyPhotos: StoryPhoto[];
  /** Stories whose front matter is valid, in file order. */
  stories: Story[];
}

/** One validation finding, printed as `file:line:column: error: message`. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  /** Stable rule name, e.g. `csv.ragged_row`, for tools and tests. */
  code?: string;
}

export type LoadResult =
  | { ok: true; dataset: Dataset; warnings: Problem[] }
  | { ok: false; problems: Problem[] };
