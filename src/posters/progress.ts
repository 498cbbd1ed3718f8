// Progress of the poster stage as plain log lines (no terminal control codes, so CI logs stay readable).

export interface ProgressOptions {
  /** Least time between two lines; default 5 s. */
  intervalMs?: number;
  /** Clock in ms; tests pass their own. */
  now?: () => number;
}

/** `posters: 120/446 done (27%), about 40 s left`. */
export function progressLine(done: number, total: number, leftMs: number | undefined): string {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  const left = leftMs === undefined ? '' : `, about ${formatDuration(leftMs)} left`;
  return `posters: ${done}/${total} done (${percent}%)${left}`;
}

function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `${minutes} min` : `${(minutes / 60).toFixed(1)} h`;
}

/**
 * A `(done, total)` callback that prints a line at most every `intervalMs`. The first call is the
 * baseline (posters already copied from the cache); the time left is estimated from the pace since then.
 */
export function progressReporter(
  print: (line: string) => void,
  { intervalMs = 5000, now = () => performance.now() }: ProgressOptions = {},
): (done: number, total: number) => void {
  let start: { at: number; done: number } | undefined;
  let last = 0;
  return (done, total) => {
    const at = now();
    if (start === undefined) {
      start = { at, done };
      last = at;
      return;
    }
    if (done >= total || at - last < intervalMs) return;
    last = at;
    const pace = (at - start.at) / Math.max(1, done - start.done);
    print(progressLine(done, total, done > start.done ? pace * (total - done) : undefined));
  };
}
