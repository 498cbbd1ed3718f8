// Worker thread: renders poster models, stores each PNG in the cache and writes it to its outputs.
import { writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { storeInCache } from './cache.ts';
import { adoptWorkingFonts, type WorkingFonts } from './font.ts';
import type { WorkerReply } from './pool.ts';
import { renderPoster, type RenderTimings } from './renderPoster.ts';
import type { PosterModel } from './types.ts';

export interface RenderJob {
  key: string;
  model: PosterModel;
  cacheDir: string;
  /** Absolute paths to write the PNG to (their folders exist). */
  outFiles: string[];
}

export interface WorkerSetup {
  /** The fonts subset to every character of this build's posters, once, by the main thread. */
  fonts: WorkingFonts | undefined;
}

if (!parentPort) throw new Error('worker.ts must run in a worker thread');
const port = parentPort;
// Parallelism comes from the workers; libvips threads per worker would only compete for the same cores.
sharp.concurrency(1);
sharp.cache(false);
const setup = workerData as WorkerSetup | undefined;
if (setup?.fonts) adoptWorkingFonts(setup.fonts);

port.on('message', async ({ id, input }: { id: number; input: RenderJob }) => {
  let reply: WorkerReply<RenderTimings>;
  try {
    const { png, timings } = await renderPoster(input.model);
    await storeInCache(input.cacheDir, input.key, png);
    // Written from memory, not copied from the cache: another build may prune the cache meanwhile.
    for (const file of input.outFiles) await writeFile(file, png);
    reply = { id, ok: true, output: timings };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
