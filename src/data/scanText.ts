// The text the personal-data rules read: one spelling per character, so 138\u200B1234 5678, １３８…,
// 𝟏𝟑𝟖…, ①…, ١٣٨… and 一三八… all read as 13812345678. Offsets map back to the original text.
import { INVISIBLE } from './invisibleChars.ts';

export interface ScanText {
  text: string;
  /** Offset in the original of each character of `text`, plus its length at the end; undefined: same text. */
  offsets?: number[];
}

// Chinese numerals as digits, and 幺 (yāo, "one" when reading out phone numbers).
const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
// Traditional forms in Hong Kong and Cantonese addresses (address grammar for the flat-number scan, not the
// programme's words).
const TRADITIONAL: Readonly<Record<string, string>> = { 樓: '楼', 號: '号', 棟: '栋' };
const SPACE = /[\p{Zs}\t]/u;
const DASH = /[\p{Pd}\u2212\u2796\ufe63]/u;
const DIGIT = /\p{Nd}/u;
const MARK = /[\p{M}]/u;

/** Value of a decimal digit of any script: Unicode puts each script's 0–9 in a run starting at 0. */
function digitValue(char: string): string {
  let cp = char.codePointAt(0) ?? 0;
  let steps = 0;
  while (steps < 60 && DIGIT.test(String.fromCodePoint(cp - 1))) {
    cp -= 1;
    steps += 1;
  }
  return String(steps % 10);
}

/** One character's scan spelling ('' to drop it). */
function fold(char: string): string {
  if (INVISIBLE.test(char) || MARK.test(char)) return '';
  if (SPACE.test(char)) return ' ';
  const chinese = CHINESE_DIGITS[char] ?? TRADITIONAL[char];
  if (chinese) return chinese;
  let out = '';
  for (const c of char.normalize('NFKC')) {
    if (c >= '0' && c <= '9') out += c;
    else if (DIGIT.test(c)) out += digitValue(c);
    else if (DASH.test(c)) out += '-';
    else if (SPACE.test(c)) out += ' ';
    else if (!INVISIBLE.test(c) && !MARK.test(c)) out += c;
  }
  return out;
}

/** 1 for UTF-16 units that are their own scan spelling: printable ASCII, newline, and most CJK. */
const PLAIN = new Uint8Array(0x10000);
PLAIN.fill(1, 0x20, 0x7f);
PLAIN[0x0a] = 1;
PLAIN.fill(1, 0x4e00, 0xa000);
for (const c of [...Object.keys(CHINESE_DIGITS), ...Object.keys(TRADITIONAL)]) PLAIN[c.charCodeAt(0)] = 0;

/** Folds `raw` for the personal-data scan; cheap when nothing needs folding (most cells). */
export function scanText(raw: string): ScanText {
  let i = 0;
  while (i < raw.length && PLAIN[raw.charCodeAt(i)] === 1) i += 1;
  if (i === raw.length) return { text: raw };
  let text = raw.slice(0, i);
  const offsets = Array.from({ length: i }, (_, k) => k);
  for (const char of raw.slice(i)) {
    const folded = PLAIN[char.charCodeAt(0)] === 1 && char.length === 1 ? char : fold(char);
    for (let k = 0; k < folded.length; k += 1) offsets.push(i);
    text += folded;
    i += char.length;
  }
  offsets.push(raw.length);
  return { text, offsets };
}
