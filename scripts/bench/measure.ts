// Run a child process and measure it honestly: wall time, and peak memory of the whole process tree.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measured {
  exitCode: number;
  wallMs: number;
  /**
   * Peak resident memory in MB: the larger of GNU time's max RSS (the biggest single process in the tree,
   * from wait4) and the largest sum of RSS over the live tree, sampled every 100 ms from /proc (which
   * also counts processes running side by side, e.g. worker processes).
   */
  peakRssMb: number;
  /** Most file descriptors one process of the tree held at once (what `ulimit -n` limits), sampled. */
  peakOpenFiles: number;
  output: string;
}

const GNU_TIME = '/usr/bin/time';

/** Resident set size in kB of the tree rooted at `pid`, and the most open files of one of its processes. */
function sampleTree(pid: number): { rssKb: number; openFiles: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? -1);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  let openFiles = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() ?? 0;
    total += rss.get(p) ?? 0;
    try {
      openFiles = Math.max(openFiles, readdirSync(`/proc/${String(p)}/fd`).length);
    } catch {
      // ended meanwhile
    }
    stack.push(...(children.get(p) ?? []));
  }
  return { rssKb: total, openFiles };
}

/** Run `command args` in `cwd` with `env`; stream its output to stderr when `echo` is set. */
export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean },
): Promise<Measured> {
  const timeFile = path.join(tmpdir(), `gongshi-time-${String(process.pid)}-${String(Date.now())}.txt`);
  const useTime = existsSync(GNU_TIME) && existsSync('/proc/self/status');
  const [cmd, argv] = useTime
    ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: string): void => {
    output += chunk; // decoded as a stream: a character split across chunks stays whole
    if (output.length > 4_000_000) output = output.slice(-2_000_000);
    if (options.echo === true) process.stderr.write(chunk);
  };
  child.stdout.setEncoding('utf8').on('data', collect);
  child.stderr.setEncoding('utf8').on('data', collect);
  let peakKb = 0;
  let peakOpenFiles = 0;
  const sample = (): void => {
    if (child.pid === undefined || !existsSync('/proc/self/status')) return;
    const { rssKb, openFiles } = sampleTree(child.pid);
    peakKb = Math.max(peakKb, rssKb);
    peakOpenFiles = Math.max(peakOpenFiles, openFiles);
  };
  const timer = setInterval(sample, 100);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  if (useTime && existsSync(timeFile)) {
    const maxRssKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
    if (Number.isFinite(maxRssKb)) peakKb = Math.max(peakKb, maxRssKb);
    rmSync(timeFile, { force: true });
  }
  return { exitCode, wallMs, peakRssMb: Math.round(peakKb / 1024), peakOpenFiles, output };
}
