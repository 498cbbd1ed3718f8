// A small worker_threads pool: one worker per core, jobs handed out as workers become free.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export type WorkerReply<Out> = { id: number; ok: true; output: Out } | { id: number; ok: false; error: string };

interface Pending<In, Out> {
  id: number;
  input: In;
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
}

/** Runs `input → output` jobs in `size` workers started from `file` (a .ts file: Node 22 strips types). */
export class WorkerPool<In, Out> {
  readonly size: number;
  #workers: Worker[] = [];
  #idle: Worker[] = [];
  #queue: Pending<In, Out>[] = [];
  #running = new Map<Worker, Pending<In, Out>>();
  #nextId = 0;

  constructor(file: string | URL, size = availableParallelism(), workerData?: unknown) {
    this.size = Math.max(1, size);
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(file, { workerData });
      worker.on('message', (reply: WorkerReply<Out>) => this.#settle(worker, reply));
      worker.on('error', (error) => this.#fail(worker, error));
      worker.on('exit', (code) => {
        if (code !== 0) this.#fail(worker, new Error(`poster worker exited with code ${code}`));
      });
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  /** Queue one job. */
  run(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, input, resolve, reject });
      this.#pump();
    });
  }

  /** Stop all workers (after the queued jobs have settled, if awaited first). */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
    this.#workers = [];
    this.#idle = [];
  }

  #pump(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop();
      const job = this.#queue.shift();
      if (!worker || !job) return;
      this.#running.set(worker, job);
      worker.postMessage({ id: job.id, input: job.input });
    }
  }

  #settle(worker: Worker, reply: WorkerReply<Out>): void {
    const job = this.#running.get(worker);
    this.#running.delete(worker);
    this.#idle.push(worker);
    if (job && job.id === reply.id) {
      if (reply.ok) job.resolve(reply.output);
      else job.reject(new Error(reply.error));
    }
    this.#pump();
  }

  #fail(worker: Worker, error: Error): void {
    const job = this.#running.get(worker);
    this.#running.delete(worker);
    this.#workers = this.#workers.filter((w) => w !== worker);
    this.#idle = this.#idle.filter((w) => w !== worker);
    job?.reject(error);
    // With no workers left, nothing would ever take the queued jobs.
    if (this.#workers.length === 0) for (const queued of this.#queue.splice(0)) queued.reject(error);
  }
}
