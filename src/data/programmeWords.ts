// The programme's own words, resolved once from report.json: every page, chart, poster and message
// that names what is tracked or counts it takes them from here.
import type { EntityConfig, ReportConfig } from './types.ts';

export interface ProgrammeWords {
  /** What is tracked, in headings and lists: 楼栋. */
  noun: string;
  /** Measure word with every count: 栋. */
  counter: string;
  /** The thing after a measure word: 楼 (这栋楼). */
  item: string;
  /** 符合加装条件. */
  eligible: string;
  /** 不在加装范围. */
  ineligible: string;
  /** Short programme name in headings: 加装电梯. */
  topic: string;
  /** The residents' own group one can also ask: 筹备组; absent when the programme has none. */
  group?: string;
}

/** The elevator programme's words: the default for a report.json written before `entity` existed. */
export const ELEVATOR_ENTITY: Required<EntityConfig> = {
  noun: '楼栋',
  counter: '栋',
  item: '楼',
  eligible: '符合加装条件',
  ineligible: '不在加装范围',
  group: '筹备组',
};
const ELEVATOR_TOPIC = '加装电梯';

/** What is tracked and its counting words (no topic): enough for every count and list. */
export type EntityWords = Omit<ProgrammeWords, 'topic'>;

export function entityWords(entity: EntityConfig | undefined): EntityWords {
  if (!entity) return ELEVATOR_ENTITY;
  const { noun, counter, eligible, ineligible, group } = entity;
  const words: EntityWords = { noun, counter, eligible, ineligible, item: entity.item ?? noun };
  return group === undefined ? words : { ...words, group };
}

export function programmeWords(report: Pick<ReportConfig, 'entity' | 'programme' | 'topic'>): ProgrammeWords {
  const topic = report.topic ?? (report.entity ? report.programme : ELEVATOR_TOPIC);
  return { ...entityWords(report.entity), topic };
}
