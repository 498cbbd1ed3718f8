// A small worker_threads pool: one worker per core, jobs handed out as workers become free.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export type WorkerReply<Out> =
  { id: number; ok: true; output: Out } | { id: number; ok: false; error: string };

interface Pending<In, Out> {
  id: number;
  input: In;
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
}

/**
 * Runs `input → output` jobs in `size` workers started from `file` (a .ts file: Node 22 strips types).
 * Each worker holds up to `depth` jobs at once, so it starts the next one while the last one's
 * native work (sharp) finishes, and never waits for a busy main thread to hand it more.
 */
export class WorkerPool<In, Out> {
  readonly size: number;
  readonly depth: number;
  #workers: Worker[] = [];
  #queue: Pending<In, Out>[] = [];
  #running = new Map<number, { worker: Worker; job: Pending<In, Out> }>();
  #load = new Map<Worker, number>();
  #nextId = 0;

  constructor(file: string | URL, size = availableParallelism(), workerData?: unknown, depth = 2) {
    this.size = Math.max(1, size);
    this.depth = Math.max(1, depth);
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(file, { workerData });
      worker.on('message', (reply: WorkerReply<Out>) => this.#settle(worker, reply));
      worker.on('error', (error) => this.#fail(worker, error));
      worker.on('exit', (code) => {
        if (code !== 0) this.#fail(worker, new Error(`poster worker exited with code ${code}`));
      });
      this.#workers.push(worker);
      this.#load.set(worker, 0);
    }
  }

  /** Queue one job. */
  run(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, input, resolve, reject });
      this.#pump();
    });
  }

  /** Reject every job not yet handed to a worker; jobs already handed out go on. */
  cancelQueued(): void {
    for (const queued of this.#queue.splice(0)) queued.reject(new Error('poster job cancelled'));
  }

  /** Stop all workers (after the queued jobs have settled, if awaited first). */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
    this.#workers = [];
    this.#load.clear();
  }

  #pump(): void {
    // Fill workers level by level, so jobs spread over all workers before any gets a second one.
    for (let level = 0; level < this.depth; level++) {
      for (const worker of this.#workers) {
        if (this.#queue.length === 0) return;
        if ((this.#load.get(worker) ?? 0) > level) continue;
        const job = this.#queue.shift();
        if (!job) return;
        this.#running.set(job.id, { worker, job });
        this.#load.set(worker, (this.#load.get(worker) ?? 0) + 1);
        worker.postMessage({ id: job.id, input: job.input });
      }
    }
  }

  #settle(worker: Worker, reply: WorkerReply<Out>): void {
    const running = this.#running.get(reply.id);
    if (running && running.worker === worker) {
      this.#running.delete(reply.id);
      this.#load.set(worker, (this.#load.get(worker) ?? 1) - 1);
      if (reply.ok) running.job.resolve(reply.output);
      else running.job.reject(new Error(reply.error));
    }
    this.#pump();
  }

  #fail(worker: Worker, error: Error): void {
    for (const [id, { worker: w, job }] of this.#running) {
      if (w !== worker) continue;
      this.#running.delete(id);
      job.reject(error);
    }
    this.#workers = this.#workers.filter((w) => w !== worker);
    this.#load.delete(worker);
    // With no workers left, nothing would ever take the queued jobs.
    if (this.#workers.length === 0) for (const queued of this.#queue.splice(0)) queued.reject(error);
  }
}
