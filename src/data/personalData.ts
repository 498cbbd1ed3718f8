// A public report must never show phone numbers, ID numbers or flat numbers (PIPL; see DOMAIN.md).
import { scanText } from './scanText.ts';

export type PersonalDataRule = 'mobile' | 'id_number' | 'room_number';

export interface PersonalDataFinding {
  rule: PersonalDataRule;
  /** Offset of the match in the text given. */
  index: number;
  /** Offset just after the match in the text given. */
  end: number;
  /** The match (as the rules read it) with its middle masked, so the log does not repeat it. */
  masked: string;
  message: string;
}

export interface ScanOptions {
  /** Addresses also get the looser flat-number patterns (`-1201`, `之3号402`). */
  address?: boolean;
  /** A declared public contact phone column: phone numbers there are meant to be published. */
  publicPhone?: boolean;
}

// The rules read folded text (see scanText.ts): no invisible characters, every digit ASCII, every space
// a space and every dash a `-`. Digits may be separated by a few spaces, dashes or brackets.
// Mainland mobile: 1[3-9] + 9 digits, optionally after 86 / +86 / 0086.
// Not preceded by a digit or a decimal point (coordinates have long decimals).
const MOBILE = /(?<![\d.])(?:(?:\+|00)?86[ ()-]{0,3})?1[ ()-]{0,3}[3-9](?:[ ()-]{0,3}\d){9}(?!\d)/g;
const ID_NUMBER = /(?<![\d.])\d(?:[ -]{0,2}\d){16}[ -]{0,2}[\dXx](?![\dXx])/g;
// Flat numbers anywhere: 302房, 1201室 (not 3室2厅), 5楼502.
const ROOM_SUFFIX = /\d(?:[ -]?\d){2,3}\s*[房室](?![厅间])/g;
const FLOOR_ROOM = /\d\s*楼\s*\d(?: ?\d){2,3}(?![\d号年月日])/g;
// In addresses only: 12-1201, 之3号402, 3栋502 (but not 西湾东1号 or 大岗元北32号). 栋/座/幢/楼 here are
// address grammar (a block or floor before a flat number), not the programme's words: any programme keeps them.
const DASH_ROOM = /(?<=\d)\s*-\s*\d{3,4}(?![\d号])/g;
const HAO_ROOM = /号\s*\d{3,4}(?![\d号])/g;
const BLOCK_ROOM = /[栋座幢]\s*\d{3,4}(?![\d号])/g;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check digit: true only for a well-formed 18-digit resident ID number. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(id[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] === id[17]?.toUpperCase();
}

function mask(text: string): string {
  if (text.length <= 4) return '*'.repeat(text.length);
  const keep = Math.min(3, Math.floor(text.length / 4));
  return text.slice(0, keep) + '*'.repeat(text.length - 2 * keep) + text.slice(text.length - keep);
}

const RULE_TEXT: Record<PersonalDataRule, string> = {
  mobile: '手机号码 (personal data: mobile)',
  id_number: '居民身份证号码 (personal data: id_number)',
  room_number: '房号 (personal data: room_number)',
};

function finding(rule: PersonalDataRule, index: number, end: number, match: string): PersonalDataFinding {
  const masked = mask(match.trim());
  const where = rule === 'room_number' ? '地址只写到门牌（如 西湾东1号）' : '公开数据不得含个人信息';
  return {
    rule,
    index,
    end,
    masked,
    message: `发现${RULE_TEXT[rule]}“${masked}”：${where}，请删除`,
  };
}

/** Runs a module-level /g pattern over the text (lastIndex is reset, so sharing it is safe). */
function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(m);
  return out;
}

/** What the patterns need from a (folded) text, counted in one pass. */
interface Shape {
  digits: number;
  /** Longest run of consecutive digits. */
  run: number;
  /** 房 or 室; 楼; - ; 号; 栋/座/幢. */
  room: boolean;
  floor: boolean;
  dash: boolean;
  hao: boolean;
  block: boolean;
}

function shapeOf(text: string): Shape {
  const shape: Shape = { digits: 0, run: 0, room: false, floor: false, dash: false, hao: false, block: false };
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      shape.digits += 1;
      run += 1;
      if (run > shape.run) shape.run = run;
      continue;
    }
    if (c === 0x2d) shape.dash = true; // -
    // Separators the patterns allow between digits do not end a run.
    if (run > 0 && (c === 0x20 || c === 0x2d || c === 0x28 || c === 0x29)) continue;
    run = 0;
    if (c === 0x623f || c === 0x5ba4) shape.room = true; // 房 室
    else if (c === 0x697c) shape.floor = true; // 楼
    else if (c === 0x53f7) shape.hao = true; // 号
    else if (c === 0x680b || c === 0x5ea7 || c === 0x5e62) shape.block = true; // 栋 座 幢
  }
  return shape;
}

/**
 * Finds personal data in a text, whatever its spelling (invisible characters, full-width or other digits,
 * Chinese numerals, odd spaces and dashes); returns one finding per match, in text order, at offsets of `raw`.
 */
export function findPersonalData(raw: string, options: ScanOptions = {}): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  const { text, offsets } = scanText(raw);
  // Every pattern needs 3+ digits in a row, so most cells (dates, counts, ids, notes) stop here.
  const shape = shapeOf(text);
  if (shape.run < 3) return found;
  const at = (m: RegExpExecArray, rule: PersonalDataRule): PersonalDataFinding => {
    if (!offsets) return finding(rule, m.index, m.index + m[0].length, m[0]);
    const start = offsets[m.index] ?? 0;
    const last = offsets[m.index + m[0].length - 1] ?? start;
    const end = last + ((raw.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
    return finding(rule, start, end, m[0]);
  };
  // Each pattern runs only when the text has what it cannot match without (11 digits, 17 in a row, 房…).
  const ids: PersonalDataFinding[] = [];
  if (shape.run >= 17) {
    for (const m of matches(ID_NUMBER, text)) {
      // An 18-digit number with a wrong check digit is an ordinary number, not an ID.
      if (isValidIdNumber(m[0].replace(/[ -]/g, ''))) ids.push(at(m, 'id_number'));
    }
  }
  found.push(...ids);
  if (shape.digits >= 11 && !options.publicPhone) {
    for (const m of matches(MOBILE, text)) {
      const f = at(m, 'mobile');
      // Digits of an ID number grouped by spaces can read as a mobile number too: report the ID once.
      if (!ids.some((id) => f.index < id.end && id.index < f.end)) found.push(f);
    }
  }
  const roomPatterns: RegExp[] = [];
  if (shape.room) roomPatterns.push(ROOM_SUFFIX);
  if (shape.floor) roomPatterns.push(FLOOR_ROOM);
  if (options.address) {
    if (shape.dash) roomPatterns.push(DASH_ROOM);
    if (shape.hao) roomPatterns.push(HAO_ROOM);
    if (shape.block) roomPatterns.push(BLOCK_ROOM);
  }
  // Patterns overlap (号302房 matches two): report each flat number once.
  const rooms = roomPatterns.flatMap((pattern) => matches(pattern, text)).sort((a, b) => a.index - b.index);
  let end = -1;
  for (const m of rooms) {
    if (m.index < end) continue;
    end = m.index + m[0].length;
    found.push(at(m, 'room_number'));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Masks every mobile, ID or flat number in a text, so a message that quotes a bad cell never repeats it. */
export function maskPersonalData(text: string): string {
  const findings = findPersonalData(text);
  if (findings.length === 0) return text;
  let out = '';
  let from = 0;
  for (const f of findings) {
    if (f.index < from) continue;
    out += text.slice(from, f.index) + f.masked;
    from = f.end;
  }
  return out + text.slice(from);
}
