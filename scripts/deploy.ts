// npm run deploy -- --to REMOTE [--dry-run] [--dist dist]
// Uploads a build with rclone to object storage (S3-compatible: Aliyun OSS, Tencent COS, …), an SFTP or
// WebDAV server, or a folder. REMOTE is an rclone remote (`name:path`), configured by rclone's config file
// or RCLONE_CONFIG_<NAME>_* variables; no secret is passed here. See docs/hosting.md.
//
// Order, so a reader never meets a page whose files are missing, even if the deploy is killed:
//   1. files pages point at (assets, posters, downloads), then pages, feeds and indexes;
//      on servers each file is first uploaded into .gongshi-deploy/upload/ and then renamed into place,
//      so no reader gets half a file; object storage replaces a file in one request anyway;
//   2. only then, deletion of what the previous deploy published and this build lacks (never a past
//      month's download; hashed assets one deploy later);
//   3. the record of this deploy (.gongshi-deploy/state.json), which tells the next one what changed.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor } from './deploy/headers.ts';
import { localFiles } from './deploy/localFiles.ts';
import {
  parseState,
  planDeploy,
  STAGING_DIR,
  STATE_FILE,
  type DeployPlan,
  type RemoteFile,
  type Upload,
} from './deploy/plan.ts';
import { join, rclone, rcloneOk, remoteFeatures, secretInRemote } from './deploy/rclone.ts';

const USAGE = 'usage: npm run deploy -- --to REMOTE [--dry-run] [--dist dist]';
/** Renames running at once on a server (each is one short rclone call). */
const RENAMES_AT_ONCE = 8;

let stopping = false;
class Interrupted extends Error {}

async function listRemote(remote: string, hashes: string[]): Promise<RemoteFile[]> {
  const args = ['lsjson', '-R', '--files-only', '--no-mimetype', remote];
  // Object storage lists its MD5 for free; on a server a hash means reading every file, so the record
  // of the previous deploy is used instead.
  if (hashes.includes('md5')) args.push('--hash-type', 'md5');
  const result = await rclone(args);
  // 3: the folder does not exist yet (first deploy).
  if (result.code === 3) return [];
  if (result.code !== 0) throw new Error(`无法列出 ${remote} 的文件：\n${result.stderr.trim()}`);
  const entries = JSON.parse(result.stdout) as Array<{
    Path: string;
    Size: number;
    Hashes?: Record<string, string>;
  }>;
  return entries.map((e) => {
    const md5 = e.Hashes?.['md5'];
    return { path: e.Path, size: e.Size, hashes: md5 ? { md5 } : {} };
  });
}

function describePlan(plan: DeployPlan, remote: string): string[] {
  const uploads = [...plan.assets, ...plan.pages];
  const lines = [
    `部署到 ${remote}：上传 ${uploads.length} 个文件（新增 ${uploads.filter((u) => u.reason === 'new').length}，` +
      `更新 ${uploads.filter((u) => u.reason === 'changed').length}），未变 ${plan.unchanged}，删除 ${plan.delete.length}`,
  ];
  for (const u of plan.assets) lines.push(`  上传 ${u.reason === 'new' ? '新增' : '更新'}  ${u.path}`);
  for (const u of plan.pages)
    lines.push(`  上传 ${u.reason === 'new' ? '新增' : '更新'}  ${u.path} （页面，最后上传）`);
  for (const p of plan.delete) lines.push(`  删除        ${p}`);
  for (const p of plan.keptSnapshots) lines.push(`  保留        ${p} （已发布的月度数据永久保留）`);
  for (const p of plan.keptAssets)
    lines.push(`  暂留        ${p} （旧页面可能仍在缓存中引用，下次部署时删除）`);
  if (plan.foreign > 0) lines.push(`  另有 ${plan.foreign} 个文件不是本工具发布的，不会改动`);
  return lines;
}

/** Run `task` for each item, `limit` at a time; stops starting new ones once interrupted. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < items.length && !stopping) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, runner));
  if (stopping) throw new Interrupted();
}

async function withFileList<T>(paths: readonly string[], run: (listFile: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gongshi-deploy-'));
  try {
    const file = path.join(dir, 'files.txt');
    await writeFile(file, `${paths.join('\n')}\n`);
    return await run(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const COPY = ['copy', '--no-check-dest', '--no-traverse', '-v', '--stats-one-line', '--stats', '15s'];

/**
 * Servers: a new file is uploaded straight to its place (nothing points at it until the pages that do are
 * uploaded after it); a changed file is uploaded into the staging folder and renamed into place, so no
 * reader gets half a file. Assets before pages.
 */
async function uploadStaged(
  dist: string,
  remote: string,
  plan: DeployPlan,
  remoteHasStaging: boolean,
): Promise<void> {
  if (remoteHasStaging) await rclone(['purge', join(remote, STAGING_DIR)]);
  const changed = [...plan.assets, ...plan.pages].filter((u) => u.reason === 'changed');
  const copy = async (uploads: readonly Upload[], to: string): Promise<void> => {
    if (uploads.length === 0) return;
    await withFileList(
      uploads.map((u) => u.path),
      (list) => rcloneOk([...COPY, '--files-from', list, dist, to], { echo: true }),
    );
    if (stopping) throw new Interrupted();
  };
  const rename = async (u: Upload): Promise<void> => {
    // --ignore-times: without it rclone takes a file of the same size as unchanged on servers that keep
    // no modification time (WebDAV), and drops the new one.
    await rcloneOk([
      'moveto',
      '--ignore-times',
      join(remote, `${STAGING_DIR}/${u.path}`),
      join(remote, u.path),
    ]);
  };
  const newAssets = plan.assets.filter((u) => u.reason === 'new');
  const newPages = plan.pages.filter((u) => u.reason === 'new');
  console.log(
    `上传 ${newAssets.length} 个新的资源和数据，${changed.length} 个更新的文件先传到 ${STAGING_DIR}/ …`,
  );
  await copy(newAssets, remote);
  await copy(changed, join(remote, STAGING_DIR));
  const changedAssets = plan.assets.filter((u) => u.reason === 'changed');
  if (changedAssets.length > 0) console.log(`替换 ${changedAssets.length} 个资源和数据 …`);
  await eachLimited(changedAssets, RENAMES_AT_ONCE, rename);
  if (newPages.length > 0) console.log(`上传 ${newPages.length} 个新页面 …`);
  await copy(newPages, remote);
  const changedPages = plan.pages.filter((u) => u.reason === 'changed');
  if (changedPages.length > 0) console.log(`替换 ${changedPages.length} 个页面、订阅和索引 …`);
  await eachLimited(changedPages, RENAMES_AT_ONCE, rename);
  if (changed.length > 0) await rclone(['purge', join(remote, STAGING_DIR)]);
}

/** Object storage: upload in place (atomic per file), one call per set of headers, assets before pages. */
async function uploadDirect(dist: string, remote: string, plan: DeployPlan): Promise<void> {
  for (const [phase, uploads] of [
    ['资源和数据', plan.assets],
    ['页面、订阅和索引', plan.pages],
  ] as const) {
    const groups = new Map<string, string[]>();
    for (const u of uploads) {
      const h = headersFor(u.path);
      const key = `${h.contentType}\n${h.cacheControl}`;
      groups.set(key, [...(groups.get(key) ?? []), u.path]);
    }
    if (uploads.length > 0) console.log(`上传${phase}：${uploads.length} 个文件 …`);
    for (const [key, paths] of groups) {
      if (stopping) throw new Interrupted();
      const [type, cache] = key.split('\n') as [string, string];
      await withFileList(paths, (list) =>
        rcloneOk(
          [
            ...COPY,
            '--header-upload',
            `Content-Type: ${type}`,
            '--header-upload',
            `Cache-Control: ${cache}`,
            '--files-from',
            list,
            dist,
            remote,
          ],
          { echo: true },
        ),
      );
    }
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      to: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
    },
  });
  const remote = values.to;
  if (remote === undefined || remote === '') {
    console.error(USAGE);
    return 2;
  }
  const secret = secretInRemote(remote);
  if (secret !== undefined) {
    console.error(
      `deploy: --to 里不能写密码或密钥（${secret}=…），它会出现在进程列表和日志中。` +
        `请用 rclone 的配置文件或环境变量 RCLONE_CONFIG_<名称>_${secret.toUpperCase()} 设置，见 docs/hosting.md。`,
    );
    return 2;
  }
  const dist = path.resolve(values.dist);
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`deploy: ${dist} 中没有 index.html，请先运行 npm run build`);
    return 1;
  }
  const files = await localFiles(dist);
  for (const f of files) headersFor(f.path); // an unknown file type stops the deploy before any upload

  const features = await remoteFeatures(remote);
  const listing = await listRemote(remote, features.hashes);
  const hasState = listing.some((f) => f.path === STATE_FILE);
  const previous = hasState ? parseState(await rcloneOk(['cat', join(remote, STATE_FILE)])) : undefined;
  if (hasState && previous === undefined) console.warn(`deploy: ${STATE_FILE} 无法读取，本次不删除任何文件`);
  const plan = planDeploy(files, listing, previous);
  for (const line of describePlan(plan, remote)) console.log(line);
  if (values['dry-run']) {
    console.log('（--dry-run：只列出，没有改动任何文件）');
    return 0;
  }

  const stop = (): void => {
    if (!stopping) console.error('deploy: 收到中断信号，完成正在进行的文件后停止 …');
    stopping = true;
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (features.bucketBased) await uploadDirect(dist, remote, plan);
  else
    await uploadStaged(
      dist,
      remote,
      plan,
      listing.some((f) => f.path.startsWith(`${STAGING_DIR}/`)),
    );
  if (stopping) throw new Interrupted();

  if (plan.delete.length > 0) {
    console.log(`删除 ${plan.delete.length} 个本次构建已没有的文件 …`);
    // Pages first (plan order), so no remaining page points at a deleted file.
    await withFileList(plan.delete, (list) => rcloneOk(['delete', '--files-from', list, remote]));
  }
  await rcloneOk(['rcat', join(remote, STATE_FILE)], { input: `${JSON.stringify(plan.state)}\n` });
  console.log(`deploy: 完成。${files.length} 个文件已在 ${remote}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof Interrupted) {
      console.error('deploy: 已中断。网站上每个页面仍完整可用（旧版或新版）；重新运行即可完成部署。');
      process.exitCode = 130;
      return;
    }
    console.error(`deploy: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
