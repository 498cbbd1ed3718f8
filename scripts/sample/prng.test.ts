import { describe, expect, it } from 'vitest';
import { hashUnit, mulberry32, randInt, shuffled } from './prng.ts';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws integers within bounds and shuffles without losing items', () => {
    const rand = mulberry32(7);
    for (let i = 0; i < 200; i++) {
      const n = randInt(rand, 3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
    expect(shuffled(rand, [1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
  });

  it('hashes keys to stable units', () => {
    expect(hashUnit('xiwandong-001:5')).toBe(hashUnit('xiwandong-001:5'));
    expect(hashUnit('a')).not.toBe(hashUnit('b'));
  });
});
