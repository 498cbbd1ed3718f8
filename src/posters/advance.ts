// Advance widths of Noto Sans SC in thousandths of an em: the larger of the 400 and 700 weights,
// measured once with satori (see tests/posters/fit.test.ts, which re-measures a sample).
// Everything not listed (Han characters, full-width punctuation) is 1 em.
const ASCII: Record<string, number> = {
  ' ': 227, '!': 370, '"': 574, '#': 590, $: 590, '%': 963, '&': 740, "'": 325, '(': 378, ')': 378,
  '*': 507, '+': 590, ',': 325, '-': 370, '.': 325, '/': 392, ':': 325, ';': 325, '<': 590, '=': 590,
  '>': 590, '?': 514, '@': 1007, '[': 378, '\\': 392, ']': 378, '^': 590, _: 567, '`': 626, '{': 378,
  '|': 296, '}': 378, '~': 590,
  A: 641, B: 681, C: 656, D: 714, E: 615, F: 585, G: 717, H: 757, I: 330, J: 568, K: 686, L: 578, M: 853,
  N: 749, O: 770, P: 667, Q: 770, R: 682, S: 624, T: 625, U: 748, V: 619, W: 915, X: 627, Y: 580, Z: 613,
  a: 591, b: 644, c: 527, d: 644, e: 581, f: 372, g: 597, h: 640, i: 304, j: 306, k: 604, l: 315, m: 964,
  n: 641, o: 626, p: 644, q: 644, r: 437, s: 495, t: 421, u: 637, v: 576, w: 863, x: 562, y: 574, z: 511,
  '–': 544, '—': 908,
};

/** Width of one character in em (digits are 0.59 em, Han characters 1 em). */
export function advanceEm(char: string): number {
  if (char >= '0' && char <= '9') return 0.59;
  return (ASCII[char] ?? 1000) / 1000;
}

/** Width of a string in em. */
export function widthEm(text: string): number {
  let sum = 0;
  for (const char of text) sum += advanceEm(char);
  return sum;
}
