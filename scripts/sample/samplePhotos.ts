// The sample's photos: which drawn scene goes where, with its alt text, credit and date.
import { PALETTES, type SceneKind } from './scenes.ts';

export interface SamplePhoto {
  /** Path inside the data directory. */
  path: string;
  scene: SceneKind;
  palette: keyof typeof PALETTES;
  alt: string;
}

export interface SampleBuildingPhoto extends SamplePhoto {
  buildingId: string;
  milestone: string;
  date: string;
}

export const SAMPLE_CREDIT = '示例插图（本站绘制）';

/** Milestone photos in photos/photos.csv; dates are on or after the milestone in the sample snapshots. */
export const BUILDING_PHOTOS: SampleBuildingPhoto[] = [
  {
    path: 'photos/xiwandong-001-in-service.jpg',
    scene: 'elevator_door',
    palette: 'morning',
    alt: '新电梯门打开，轿厢里亮着灯，楼层显示屏显示可到7楼（示意图）',
    buildingId: 'xiwandong-001',
    milestone: 'in_service',
    date: '2025-04-18',
  },
  {
    path: 'photos/guangya-020-notice.jpg',
    scene: 'notice',
    palette: 'noon',
    alt: '楼下绿色公告栏贴出加装电梯批前公示（示意图）',
    buildingId: 'guangya-020',
    milestone: 'notice',
    date: '2025-08-29',
  },
  {
    path: 'photos/dagangyuan-018-construction.jpg',
    scene: 'construction',
    palette: 'morning',
    alt: '楼下围起蓝色施工挡板，塔吊伸过楼顶，钢架井道开始搭建（示意图）',
    buildingId: 'dagangyuan-018',
    milestone: 'construction',
    date: '2025-08-30',
  },
  {
    path: 'photos/lingnanwanpan-008-construction.jpg',
    scene: 'foundation',
    palette: 'dusk',
    alt: '楼旁挖开电梯基坑，一台黄色挖掘机停在坑边（示意图）',
    buildingId: 'lingnanwanpan-008',
    milestone: 'construction',
    date: '2025-09-12',
  },
  {
    path: 'photos/xiwan-038-in-service.jpg',
    scene: 'in_service',
    palette: 'dusk',
    alt: '傍晚，贴着楼梯间外墙的玻璃电梯井道挂上红绸，上方写着“电梯启用”（示意图）',
    buildingId: 'xiwan-038',
    milestone: 'in_service',
    date: '2025-09-19',
  },
];

const DIARY = 'stories/huangshu-diary';

/** Photos in Huang Shu's diary, in the order the story shows them (the first is its cover). */
export const STORY_PHOTOS: SamplePhoto[] = [
  {
    path: `${DIARY}/01-group.jpg`,
    scene: 'group',
    palette: 'morning',
    alt: '榕树下的石桌旁摆着几张凳子，旁边立着筹备组的告示板（示意图）',
  },
  {
    path: `${DIARY}/02-survey.jpg`,
    scene: 'survey',
    palette: 'noon',
    alt: '楼梯口外拉起黄色卷尺，三脚架上架着测量仪（示意图）',
  },
  {
    path: `${DIARY}/03-vote.jpg`,
    scene: 'vote',
    palette: 'noon',
    alt: '活动室里挂着业主表决会的横幅，桌上放着红色票箱和表决票（示意图）',
  },
  {
    path: `${DIARY}/04-notice.jpg`,
    scene: 'notice',
    palette: 'morning',
    alt: '楼下公告栏贴出批前公示（示意图）',
  },
  {
    path: `${DIARY}/05-permit.jpg`,
    scene: 'permit',
    palette: 'noon',
    alt: '公告栏里贴着规划许可证复印件，盖着红章（示意图）',
  },
  {
    path: `${DIARY}/06-foundation.jpg`,
    scene: 'foundation',
    palette: 'morning',
    alt: '楼旁挖开的电梯基坑和一台黄色挖掘机（示意图）',
  },
  {
    path: `${DIARY}/07-construction.jpg`,
    scene: 'construction',
    palette: 'noon',
    alt: '蓝色施工挡板围住楼下，塔吊伸过楼顶（示意图）',
  },
  {
    path: `${DIARY}/08-shaft.jpg`,
    scene: 'shaft',
    palette: 'morning',
    alt: '贴着楼梯间外墙立起的钢结构井道，已经搭到顶楼（示意图）',
  },
  {
    path: `${DIARY}/09-in-service.jpg`,
    scene: 'in_service',
    palette: 'noon',
    alt: '玻璃电梯井道挂上红绸，上方写着“电梯启用”（示意图）',
  },
  {
    path: `${DIARY}/10-subsidy.jpg`,
    scene: 'subsidy',
    palette: 'noon',
    alt: '公告栏贴出补贴到账公示（示意图）',
  },
];
