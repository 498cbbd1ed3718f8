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
 * A `(done, total)` callback that prints a line at most every `intervalMs`. The first call is the baseline
 * (posters already copied from the cache); the pace is measured from the first poster rendered after it,
 * so starting the workers does not count as rendering time.
 */
export function progressReporter(
  print: (line: string) => void,
  { intervalMs = 5000, now = () => performance.now() }: ProgressOptions = {},
): (done: number, total: number) => void {
  let last: number | undefined;
  let anchor: { at: number; done: number } | undefined;
  return (done, total) => {
    const at = now();
    if (last === undefined) {
      last = at;
      return;
    }
    anchor ??= { at, done };
    if (done >= total || at - last < intervalMs) return;
    last = at;
    const rendered = done - anchor.done;
    const left = rendered > 0 ? ((at - anchor.at) / rendered) * (total - done) : undefined;
    print(progressLine(done, total, left));
  };
}
