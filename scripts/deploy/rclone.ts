// Running rclone: configured only by its own config file or RCLONE_* environment variables, so no secret
// is ever on a command line or in this project's output.
import { spawn } from 'node:child_process';

export interface RcloneResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `rclone args…`; stdin is `input` if given. stderr is also passed through when `echo` is set. */
export function rclone(
  args: readonly string[],
  options: { input?: string; echo?: boolean } = {},
): Promise<RcloneResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('rclone', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error('找不到 rclone：请先安装（Debian/Ubuntu：apt-get install rclone）')
          : error,
      ),
    );
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Like `rclone`, but a non-zero exit is an error carrying rclone's own last lines. */
export async function rcloneOk(
  args: readonly string[],
  options: { input?: string; echo?: boolean } = {},
): Promise<string> {
  const result = await rclone(args, options);
  if (result.code !== 0) {
    const tail = result.stderr.trim().split('\n').slice(-8).join('\n');
    throw new Error(`rclone ${args[0]} 失败（退出码 ${result.code}）${tail ? `：\n${tail}` : ''}`);
  }
  return result.stdout;
}

/** `remote:path` + `sub/path`, whether or not the remote ends in `:` or `/`. */
export function join(remote: string, path: string): string {
  if (path === '') return remote;
  return remote.endsWith(':') || remote.endsWith('/') ? `${remote}${path}` : `${remote}/${path}`;
}

/**
 * A secret written into the remote itself (`:s3,secret_access_key=…:bucket`) would land in the process
 * list and in logs; refuse it and point to the environment variables instead.
 */
export function secretInRemote(remote: string): string | undefined {
  return /[,:]\s*([\w-]*(pass|password|secret|token|key|key_id|session)[\w-]*)\s*=/i.exec(remote)?.[1];
}

export interface RemoteFeatures {
  /** Object storage (S3-compatible and the like): uploads replace a file atomically and carry headers. */
  bucketBased: boolean;
  hashes: string[];
}

export async function remoteFeatures(remote: string): Promise<RemoteFeatures> {
  const json = JSON.parse(await rcloneOk(['backend', 'features', remote])) as {
    Hashes?: string[];
    Features?: { BucketBased?: boolean };
  };
  return { bucketBased: json.Features?.BucketBased === true, hashes: json.Hashes ?? [] };
}
