import { describe, expect, it } from 'vitest';
import { mapFiles, OPEN_FILES, withFile } from './fileLimit.ts';

describe('mapFiles', () => {
  it('never runs more than OPEN_FILES tasks at once and keeps the input order', async () => {
    let open = 0;
    let peak = 0;
    const items = Array.from({ length: OPEN_FILES * 5 + 3 }, (_, i) => i);
    const out = await mapFiles(items, async (i) => {
      open += 1;
      peak = Math.max(peak, open);
      await new Promise((resolve) => setImmediate(resolve));
      open -= 1;
      return i * 2;
    });
    expect(out).toEqual(items.map((i) => i * 2));
    expect(peak).toBe(OPEN_FILES);
  });

  it('shares one limit with withFile, so two stages together stay bounded', async () => {
    let open = 0;
    let peak = 0;
    const task = async (): Promise<void> => {
      open += 1;
      peak = Math.max(peak, open);
      await new Promise((resolve) => setImmediate(resolve));
      open -= 1;
    };
    const items = Array.from({ length: OPEN_FILES * 2 }, (_, i) => i);
    await Promise.all([mapFiles(items, task), ...items.map(() => withFile(task))]);
    expect(peak).toBe(OPEN_FILES);
  });
});
