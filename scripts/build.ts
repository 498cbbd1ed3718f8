// npm run build [-- astro build options, e.g. --outDir DIR]
// Runs `astro build` into a staging folder and replaces the output folder (default dist/) only when the
// build succeeded and wrote everything: pages, posters, search index, manifest and URL list.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { missingParts, prepareStaging, replaceWithStaging, stagedDir } from './build/stagedDir.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Parts of a complete site; Astro's server code (`.prerender/`) must be gone. */
const REQUIRED = ['index.html', 'pagefind/pagefind.js', 'data/manifest.json', 'data/urls.json', 'posters'];

/** `--outDir X` / `--outDir=X` taken out of the arguments; the rest go to Astro unchanged. */
function splitOutDir(args: readonly string[]): { outDir: string; rest: string[] } {
  const rest: string[] = [];
  let outDir = 'dist';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--outDir') outDir = args[++i] ?? outDir;
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else rest.push(arg);
  }
  return { outDir, rest };
}

async function main(): Promise<number> {
  const { outDir, rest } = splitOutDir(process.argv.slice(2));
  const dirs = stagedDir(path.resolve(outDir));
  prepareStaging(dirs);
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, 'build', ...rest, '--outDir', dirs.staging], {
    cwd: process.cwd(),
    stdio: 'inherit',
  });
  // Stopped by hand or by CI: stop Astro too; the staging folder is cleared by the next build.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      child.kill(signal);
      process.exit(1);
    });
  }
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  if (code !== 0) {
    console.error(`build: 构建失败（退出码 ${code}），${dirs.final} 保持上一次的版本未动。`);
    return code;
  }
  const missing = missingParts(dirs.staging, REQUIRED);
  if (existsSync(path.join(dirs.staging, '.prerender'))) missing.push('（.prerender/ 未清理）');
  if (missing.length > 0) {
    console.error(`build: 构建结果不完整，缺少 ${missing.join('、')}；${dirs.final} 保持上一次的版本未动。`);
    return 1;
  }
  replaceWithStaging(dirs);
  console.log(`build: 网站已写入 ${path.relative(process.cwd(), dirs.final) || '.'}`);
  return 0;
}

process.exitCode = await main();
