// The build's configuration, resolved once by the gongshi() integration: the data directory, and the
// published address and path report.json gives. Nothing else reads the environment or report.json for
// a build; pages receive this through `virtual:gongshi/config`, scripts call dataDirOption().
import { resolve } from 'node:path';
import { readReport } from '../data/readReport.ts';
import { basePathOf } from '../urls.ts';

export interface GongshiConfig {
  /** The data directory as given (GONGSHI_DATA, else `data`), relative to the project root: messages name it so. */
  dataDir: string;
  /** report.json `siteUrl`; absent while report.json is broken (the data check then stops the build). */
  site?: string;
  /** The path the site is published under: `/`, or `/xicun/` for https://host/xicun/. */
  base: string;
  /** report.json `locale`: the interface table pages use (zh-CN while report.json is broken). */
  locale: string;
  /** report.json `about`: the Markdown file that becomes the about page's text. */
  about?: string;
  /** Where rendered posters and photo variants are kept between builds (safe to delete). */
  posterCacheDir: string;
  photoCacheDir: string;
}

/** The data directory a command works on: its `--data` flag, else GONGSHI_DATA, else `data`. */
export function dataDirOption(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env['GONGSHI_DATA'] || 'data';
}

/** The configuration of a build in `root`, read from the environment and the data's report.json. */
export function resolveGongshiConfig(root: string, env: NodeJS.ProcessEnv = process.env): GongshiConfig {
  const dataDir = dataDirOption(undefined, env);
  const report = readReport(resolve(root, dataDir)).report;
  return {
    dataDir,
    ...(report ? { site: report.siteUrl } : {}),
    base: report ? basePathOf(report.siteUrl) : '/',
    locale: report?.locale ?? 'zh-CN',
    ...(report?.about !== undefined ? { about: report.about } : {}),
    posterCacheDir: resolve(root, env['GONGSHI_POSTER_CACHE'] || '.cache/posters'),
    photoCacheDir: resolve(root, env['GONGSHI_PHOTO_CACHE'] || '.cache/photos'),
  };
}
