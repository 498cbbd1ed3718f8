import { describe, expect, it } from 'vitest';
import { progressLine, progressReporter } from './progress.ts';

describe('progressLine', () => {
  it('says how many of how many and the time left', () => {
    expect(progressLine(120, 446, 40_000)).toBe('posters: 120/446 done (26%), about 40 s left');
    expect(progressLine(5, 10, 600_000)).toBe('posters: 5/10 done (50%), about 10 min left');
    expect(progressLine(5, 10, undefined)).toBe('posters: 5/10 done (50%)');
  });

  it('has no terminal control codes', () => {
    expect(progressLine(1, 3, 1000)).not.toMatch(/[\u0000-\u001f\u007f]/);
  });
});

describe('progressReporter', () => {
  it('prints at most once per interval, with the pace since the first poster rendered', () => {
    let clock = 0;
    const lines: string[] = [];
    const report = progressReporter((l) => lines.push(l), { intervalMs: 5000, now: () => clock });
    report(100, 300); // 100 came from the cache: the baseline
    clock += 2000; // starting the workers
    for (let done = 101; done <= 300; done++) {
      report(done, 300);
      clock += 100; // then 100 ms per poster
    }
    // a line every 5 s; none for the last poster (the build prints its summary)
    expect(lines).toEqual([
      'posters: 131/300 done (43%), about 17 s left',
      'posters: 181/300 done (60%), about 12 s left',
      'posters: 231/300 done (77%), about 7 s left',
      'posters: 281/300 done (93%), about 2 s left',
    ]);
  });
});
