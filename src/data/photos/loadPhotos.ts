// Milestone photos (photos/photos.csv) and story photos: every file read, measured and checked once.
import { readdir } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { openDataDir } from '../dataFiles.ts';
import { monthEnd } from '../parseDate.ts';
import { error, START, warning, type Position } from '../problem.ts';
import type { BuildingPhoto, Milestone, Photo, Problem, Snapshot, StoryPhoto } from '../types.ts';
import { altProblem, creditProblem } from './altText.ts';
import { IMAGE_FILE, inspectImage, type ImageInfo } from './inspectImage.ts';
import { parsePhotos } from './parsePhotos.ts';
import { PATH_HINT, photoPath } from './photoPath.ts';
import { readPhotoBytes } from './readPhotoBytes.ts';
import { storyPhotoRefs } from './storyPhotoRefs.ts';

/** Every image file under `dir` (recursively), as absolute-or-given paths. */
async function imageFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && IMAGE_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Reads and inspects image files, each once however often it is used. */
function imageInspector(): (file: string) => Promise<{ info?: ImageInfo; code?: string; message?: string }> {
  const seen = new Map<string, Promise<{ info?: ImageInfo; code?: string; message?: string }>>();
  const inspect = async (file: string): Promise<{ info?: ImageInfo; code?: string; message?: string }> => {
    const read = await readPhotoBytes(file);
    if (!read.ok) return read;
    const inspected = await inspectImage(read.bytes, file);
    return inspected.ok ? { info: inspected.info } : inspected;
  };
  return (file) => {
    let result = seen.get(file);
    if (!result) seen.set(file, (result = inspect(file)));
    return result;
  };
}

const unused = (file: string, where: string): Problem =>
  warning(file, START, 'photo.unused', `这张图片没有被使用，不会发布：请在${where}中引用它，或把它删除`);

export interface PhotoContext {
  buildings: ReadonlySet<string>;
  milestones: readonly Milestone[];
  /** The newest snapshot: photos may not be dated after its month or before the milestone they show. */
  latest: Snapshot | undefined;
  /** The programme's noun: photos.csv may head its id column `${noun}编号`. */
  noun?: string | undefined;
}

/** Loads `<dir>/photos/photos.csv` and its images; no folder means no photos. */
export async function loadBuildingPhotos(
  dir: string,
  context: PhotoContext,
): Promise<{ photos: BuildingPhoto[]; problems: Problem[] }> {
  const photosDir = join(dir, 'photos');
  const csvFile = join(photosDir, 'photos.csv');
  const files = await imageFiles(photosDir);
  // Through the data directory's door: a linked photos.csv is reported there and never read.
  const read = openDataDir(dir).read('photos/photos.csv', 'table');
  if (read.kind !== 'text') {
    const refused = read.kind === 'refused' && read.problem ? [read.problem] : [];
    return { photos: [], problems: [...refused, ...files.map((f) => unused(f, ' photos/photos.csv '))] };
  }
  const { rows, problems } = parsePhotos(read.text, csvFile, context.buildings, context.milestones, context.noun);
  const inspect = imageInspector();
  const used = new Set<string>();
  const photos: BuildingPhoto[] = [];
  const latestRows = new Map((context.latest?.rows ?? []).map((r) => [r.buildingId, r]));
  for (const row of rows) {
    const file = join(photosDir, ...row.file.split('/'));
    used.add(file);
    const fail = (at: Position, code: string, message: string): void => {
      problems.push(error(csvFile, at, code, message));
    };
    const inspected = await inspect(file);
    if (!inspected.info) fail(row.fileAt, inspected.code ?? 'photo.unreadable', `${row.file}：${inspected.message ?? ''}`);
    const label = context.milestones.find((m) => m.key === row.milestone)?.label ?? row.milestone;
    const reached = latestRows.get(row.buildingId)?.dates[row.milestone];
    const month = context.latest?.month;
    let datesOk = true;
    if (month && row.date > monthEnd(month)) {
      datesOk = false;
      fail(row.dateAt, 'photo.date_after_snapshot', `照片日期 ${row.date} 晚于最新快照月份 ${month}：请核对日期，或等该月快照发布后再加`);
    } else if (!reached) {
      datesOk = false;
      fail(row.milestoneAt, 'photo.milestone_not_reached', `${row.buildingId} 在最新快照中还没有“${label}”的日期：照片要等这一步完成后再发布`);
    } else if (row.date < reached) {
      datesOk = false;
      fail(row.dateAt, 'photo.date_before_milestone', `照片日期 ${row.date} 早于“${label}”的日期 ${reached}：请核对日期，或换成相应里程碑`);
    }
    if (!inspected.info || !datesOk) continue;
    const { format: _format, ...info } = inspected.info;
    photos.push({ file, alt: row.alt, credit: row.credit, buildingId: row.buildingId, milestone: row.milestone, date: row.date, ...info });
  }
  for (const f of files) if (!used.has(f)) problems.push(unused(f, ' photos/photos.csv '));
  photos.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { photos, problems };
}

export interface StoryText {
  file: string;
  text: string;
}

/** Checks every <Photo> of every story and the images stored under `storiesDir`. */
export async function loadStoryPhotos(
  storiesDir: string,
  stories: readonly StoryText[],
): Promise<{ photos: StoryPhoto[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const photos: StoryPhoto[] = [];
  const used = new Set<string>();
  const inspect = imageInspector();
  for (const story of stories) {
    const refs = storyPhotoRefs(story.text);
    for (const image of refs.markdownImages) {
      problems.push(
        error(story.file, image.at, 'photo.markdown_image', `图片“${image.src}”请用 <Photo src="./文件名.jpg" alt="中文说明" credit="图片来源" /> 插入，这样才会写明来源并去除照片里的隐私信息`),
      );
    }
    for (const ref of refs.photos) {
      const { src = '', alt = '', credit = '' } = ref.attributes;
      const at = (name: string): Position => ref.at[name] ?? ref.at['<'] ?? START;
      let valid = true;
      const fail = (name: string, code: string, message: string): void => {
        problems.push(error(story.file, at(name), code, message));
        valid = false;
      };
      const path = photoPath(src);
      if (!path) fail('src', 'photo.bad_path', `src“${src}”不可用：图片要放在故事文件旁边，${PATH_HINT}`);
      const badAlt = altProblem(alt);
      if (badAlt) fail('alt', 'photo.alt', badAlt);
      const badCredit = creditProblem(credit);
      if (badCredit) fail('credit', 'photo.credit', badCredit);
      if (!path) continue;
      const file = join(dirname(story.file), ...path.split('/'));
      used.add(file);
      if (!file.startsWith(storiesDir + sep)) {
        fail('src', 'photo.bad_path', `src“${src}”在 stories/ 之外：请把图片放在故事文件旁边`);
        continue;
      }
      const inspected = await inspect(file);
      if (!inspected.info) fail('src', inspected.code ?? 'photo.unreadable', `${src}：${inspected.message ?? ''}`);
      if (!valid || !inspected.info) continue;
      const { format: _format, ...info } = inspected.info;
      const photo: Photo = { file, alt, credit, ...info };
      photos.push({ ...photo, story: story.file, src });
    }
  }
  for (const f of await imageFiles(storiesDir)) {
    if (!used.has(f)) problems.push(unused(f, '故事的 <Photo src=…> '));
  }
  return { photos, problems };
}
