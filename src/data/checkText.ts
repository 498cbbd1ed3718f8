// The checks every published text value gets, in order: length, invisible characters, poster glyphs.
import { findInvisible, INVISIBLE } from './invisibleChars.ts';
import { fontFor, missingGlyphs } from './posterGlyphs.ts';
import { charLength } from './textLimits.ts';

export interface TextFinding {
  code: 'text.too_long' | 'text.invisible' | 'text.missing_glyph' | 'text.emoji';
  /** UTF-16 offset of the character in the value (0 for the length). */
  index: number;
  message: string;
}

const codePoint = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Which character of the value (1-based, in characters), for messages about a CSV cell. */
const nth = (value: string, index: number): number => charLength(value.slice(0, index)) + 1;

/**
 * Problems with one text value; `what` names the field in messages (e.g. `note`). Too long stops there:
 * nothing else reads a value over its limit.
 */
export function checkText(value: string, limit: number, what: string): TextFinding[] {
  if (value.length > limit) {
    const length = charLength(value);
    if (length > limit) {
      return [{ code: 'text.too_long', index: 0, message: `${what} 有 ${length} 个字符，超过上限 ${limit} 个：请缩短（各字段上限见 data/README.md）` }];
    }
  }
  const found: TextFinding[] = [];
  for (const c of findInvisible(value)) {
    found.push({
      code: 'text.invisible',
      index: c.index,
      message: `${what} 的第 ${nth(value, c.index)} 个字符是 ${c.description}：它看不见，却会进入网页和下载文件，还能藏起电话号码；请删除它（常见于从网页或聊天软件复制的文字）`,
    });
  }
  const invisible = new Set(found.map((f) => f.index));
  for (const g of missingGlyphs(value)) {
    if (invisible.has(g.index)) continue;
    found.push(
      g.emoji
        ? { code: 'text.emoji', index: g.index, message: `${what} 的第 ${nth(value, g.index)} 个字符是表情符号 ${g.char}（${codePoint(g.char)}）：海报和分享卡片无法显示，请删除或改用文字` }
        : { code: 'text.missing_glyph', index: g.index, message: `${what} 的第 ${nth(value, g.index)} 个字符“${g.char}”（${codePoint(g.char)}）海报字体里没有（Noto Sans SC、Noto Sans HK），海报和分享卡片无法显示：请改用常用字，或核对是否输错` },
    );
  }
  return found.sort((a, b) => a.index - b.index);
}

// What each BMP code unit needs, found once: 0 not looked up yet, 1 fine, 2 invisible or not drawn.
const unitState = new Uint8Array(0x10000);

const odd = (char: string): boolean => INVISIBLE.test(char) || fontFor(char) < 0;

/** True when a whole file's text needs no per-value glyph or invisible-character check (one pass). */
export function plainText(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const char = String.fromCodePoint(text.codePointAt(i) ?? c);
      if (odd(char)) return false;
      i += char.length - 1;
      continue;
    }
    let state = unitState[c];
    if (state === 0) unitState[c] = state = odd(String.fromCharCode(c)) ? 2 : 1;
    if (state === 2) return false;
  }
  return true;
}
