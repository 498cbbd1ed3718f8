// The one door to the data directory (STYLE rule 18): every read of it goes through here.
// Only regular files inside the directory are read: a symbolic link anywhere under it is an error, so a
// link to /etc/passwd or to a story outside the folder can never be read, scanned or published.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, type DecodedText } from './decodeText.ts';
import { findInvisible } from './invisibleChars.ts';
import { error, START } from './problem.ts';
import type { Problem } from './types.ts';

/** Largest file the loader reads, by kind (a 10,000-building snapshot is about 1 MB). */
export const FILE_LIMITS = {
  /** report.json */
  config: 1 << 20,
  /** CSV and JSON tables */
  table: 32 << 20,
  /** one story */
  story: 1 << 20,
} as const;
export type FileKind = keyof typeof FILE_LIMITS;

/** More entries than this under the data directory is not a street's data; listing stops there. */
const MAX_ENTRIES = 50_000;
const MAX_DEPTH = 12;

export type ReadResult =
  | ({ kind: 'text' } & DecodedText)
  | { kind: 'missing' }
  /** Not read; `problem` says why, unless it is already one of `DataFiles.problems` (a link). */
  | { kind: 'refused'; problem?: Problem };

export interface DataFiles {
  /** The directory as given (problems name files as `dir/relative`). */
  dir: string;
  /** Symbolic links and special files found anywhere under the directory, one error each. */
  problems: Problem[];
  /** Regular files directly in `relativeDir` (names only, sorted), or undefined when the folder is missing. */
  names(relativeDir: string): string[] | undefined;
  /** Regular files anywhere under `relativeDir` whose name matches, as relative paths, sorted. */
  filesUnder(relativeDir: string, match: RegExp): string[];
  /** Reads and decodes one file (`relative` uses `/`), refusing links, special files and files over the limit. */
  read(relative: string, kind: FileKind): ReadResult;
  /** `dir/relative`, the name problems use. */
  path(relative: string): string;
}

const MB = (bytes: number): string => `${(bytes / (1 << 20)).toFixed(bytes < 1 << 20 ? 2 : 0)} MB`;

const linkError = (file: string): Problem =>
  error(
    file,
    START,
    'file.symlink',
    '这是符号链接（快捷方式），不是普通文件：数据目录里只读普通文件，请用文件本身替换这个链接（链接指向的内容不会被读取）',
  );

const specialError = (file: string): Problem =>
  error(file, START, 'file.not_regular', '这不是普通文件（设备、管道或套接字）：数据目录里只能放普通文件和文件夹，请删除它');

const invisibleNameError = (file: string, description: string): Problem =>
  error(file, START, 'file.invisible_name', `文件或文件夹的名字里有 ${description}：请重新输入这个名字（只用看得见的字符）`);

interface Entry {
  /** Relative path with `/`. */
  path: string;
  type: 'file' | 'dir';
}

/** Walks the directory without following links: every regular file and folder, and a problem per link. */
function walk(root: string, dir: string): { entries: Entry[]; problems: Problem[] } {
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  const visit = (relative: string, depth: number): void => {
    if (depth > MAX_DEPTH || entries.length > MAX_ENTRIES) return;
    let list;
    try {
      list = readdirSync(relative === '' ? root : join(root, relative), { withFileTypes: true });
    } catch {
      return; // unreadable folder: the files the loader needs are then reported missing
    }
    for (const e of list.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = relative === '' ? e.name : `${relative}/${e.name}`;
      // Names become story ids and URLs: an invisible character in one is as bad as in a field.
      const hidden = findInvisible(e.name)[0];
      if (hidden) problems.push(invisibleNameError(join(dir, path), hidden.description));
      if (e.isSymbolicLink()) problems.push(linkError(join(dir, path)));
      else if (e.isDirectory()) {
        entries.push({ path, type: 'dir' });
        visit(path, depth + 1);
      } else if (e.isFile()) entries.push({ path, type: 'file' });
      else problems.push(specialError(join(dir, path)));
    }
  };
  visit('', 0);
  if (entries.length > MAX_ENTRIES) {
    problems.push(error(dir, START, 'file.too_many', `数据目录中的文件超过 ${MAX_ENTRIES} 个：请只放网站需要的数据文件`));
  }
  return { entries, problems };
}

/** Opens the data directory `dir` (the folder itself may be reached through a link; nothing under it may). */
export function openDataDir(dir: string): DataFiles {
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    // No folder: every file is missing, which the loader reports file by file.
    return {
      dir,
      problems: [],
      names: () => undefined,
      filesUnder: () => [],
      read: () => ({ kind: 'missing' }),
      path: (relative) => join(dir, relative),
    };
  }
  const { entries, problems } = walk(root, dir);
  const files = new Set(entries.filter((e) => e.type === 'file').map((e) => e.path));
  const dirs = new Set(entries.filter((e) => e.type === 'dir').map((e) => e.path));
  const refused = new Set(problems.map((p) => p.file));
  const path = (relative: string): string => join(dir, relative);

  const read = (relative: string, kind: FileKind): ReadResult => {
    const file = path(relative);
    if (refused.has(file)) return { kind: 'refused' };
    if (!files.has(relative)) return { kind: 'missing' };
    const full = join(root, relative);
    // The walk saw a regular file; check again at open time, so a link swapped in meanwhile is refused too.
    let fd: number;
    try {
      if (realpathSync(full) !== join(root, ...relative.split('/'))) return { kind: 'refused', problem: linkError(file) };
      fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { kind: 'missing' };
      if (code === 'ELOOP') return { kind: 'refused', problem: linkError(file) };
      throw e;
    }
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return { kind: 'refused', problem: specialError(file) };
      const limit = FILE_LIMITS[kind];
      if (stat.size > limit) {
        return {
          kind: 'refused',
          problem: error(file, START, 'file.too_large', `文件有 ${MB(stat.size)}，超过上限 ${MB(limit)}：请检查是否导出了多余的内容（见 data/README.md）`),
        };
      }
      const bytes = Buffer.alloc(stat.size);
      let done = 0;
      while (done < bytes.length) {
        const n = readSync(fd, bytes, done, bytes.length - done, done);
        if (n === 0) break;
        done += n;
      }
      return { kind: 'text', ...decodeText(bytes.subarray(0, done)) };
    } finally {
      closeSync(fd);
    }
  };

  return {
    dir,
    problems,
    names: (relativeDir) => {
      if (!dirs.has(relativeDir)) return lstatExists(join(root, relativeDir)) ? [] : undefined;
      const prefix = `${relativeDir}/`;
      return entries
        .filter((e) => e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes('/'))
        .map((e) => e.path.slice(prefix.length));
    },
    filesUnder: (relativeDir, match) => {
      const prefix = `${relativeDir}/`;
      return [...files].filter((f) => f.startsWith(prefix) && match.test(f.slice(f.lastIndexOf('/') + 1))).sort();
    },
    read,
    path,
  };
}

/** True when something (a link, say) is at `path`; such a folder has no names the loader may read. */
function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
