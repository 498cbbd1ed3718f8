// What a site published: its manifest, URL list and data files, from its address or a build folder.
// Every failure to read it is an error; only the caller may decide that nothing was published yet.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../../src/publish/manifest.ts';
import type { PublishedState } from '../../src/publish/permalinks.ts';
import type { UrlList } from '../../src/publish/siteUrls.ts';

export interface PublishedSource extends PublishedState {
  /** Where it was read from, for messages. */
  where: string;
  /** The body of a published file by its site path, e.g. `/data/snapshots/2025-05.json`. */
  read(sitePath: string): Promise<string>;
}

/** The address answered, but there is no manifest: nothing (or no Gongshi site) is published there. */
export class NothingPublished extends Error {}

async function get(url: URL): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'follow' });
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : String(e);
    throw new Error(`${url.href}: 连接失败（${cause}）：无法读取已发布的网站，检查不能进行`);
  }
}

async function fromUrl(where: string): Promise<PublishedSource> {
  const base = where.endsWith('/') ? where : `${where}/`;
  const read = async (sitePath: string): Promise<string> => {
    const url = new URL(sitePath.replace(/^\//, ''), base);
    const response = await get(url);
    if (!response.ok)
      throw new Error(`${url.href}: HTTP ${response.status}：无法读取已发布的文件，检查不能进行`);
    // Byte for byte (a CSV keeps its BOM), so its hash can be checked against the manifest.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  };
  const manifestUrl = new URL('data/manifest.json', base);
  const response = await get(manifestUrl);
  if (response.status === 404)
    throw new NothingPublished(`${manifestUrl.href}: HTTP 404，这个地址没有已发布的网站`);
  if (!response.ok)
    throw new Error(`${manifestUrl.href}: HTTP ${response.status}：无法读取已发布的网站，检查不能进行`);
  const manifest = (await response.json()) as Manifest;
  const urlsResponse = await get(new URL('data/urls.json', base));
  // Sites built before urls.json existed have none; any other failure is an error.
  if (!urlsResponse.ok && urlsResponse.status !== 404) {
    throw new Error(`${base}data/urls.json: HTTP ${urlsResponse.status}：无法读取已发布的网址列表`);
  }
  const urls = urlsResponse.ok ? ((await urlsResponse.json()) as UrlList).urls : undefined;
  return { where: base, manifest, urls, read };
}

function fromFolder(where: string): PublishedSource {
  // A build folder (dist/), its data/ folder, or the manifest file itself; urls.json sits beside it.
  let manifestFile = where;
  if (existsSync(where) && statSync(where).isDirectory()) {
    manifestFile =
      [path.join(where, 'data', 'manifest.json'), path.join(where, 'manifest.json')].find((f) =>
        existsSync(f),
      ) ?? path.join(where, 'data', 'manifest.json');
  }
  if (!existsSync(manifestFile))
    throw new NothingPublished(`${manifestFile}: 没有 manifest.json（先构建，或给出已发布的网站）`);
  const dataFolder = path.dirname(manifestFile);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const urlsFile = path.join(dataFolder, 'urls.json');
  const urls = existsSync(urlsFile)
    ? (JSON.parse(readFileSync(urlsFile, 'utf8')) as UrlList).urls
    : undefined;
  const read = async (sitePath: string): Promise<string> => {
    const file = path.join(dataFolder, sitePath.replace(/^\/data\//, ''));
    if (!existsSync(file)) throw new Error(`${file}: 不存在：manifest.json 列出了它，已发布的文件不完整`);
    return readFileSync(file, 'utf8');
  };
  return { where, manifest, urls, read };
}

/** Open a published site by URL (`https://…`) or a local build folder or manifest file. */
export async function openPublished(where: string): Promise<PublishedSource> {
  return /^https?:\/\//.test(where) ? fromUrl(where) : fromFolder(where);
}
