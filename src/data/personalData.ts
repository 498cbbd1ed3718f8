// A public report must never show phone numbers, ID numbers or flat numbers (PIPL; see DOMAIN.md).
import { normalizeDigits } from './normalizeDigits.ts';

export type PersonalDataRule = 'mobile' | 'id_number' | 'room_number';

export interface PersonalDataFinding {
  rule: PersonalDataRule;
  /** Offset of the match in the scanned text. */
  index: number;
  /** The match with its middle masked, so the log does not repeat it. */
  masked: string;
  message: string;
}

export interface ScanOptions {
  /** Addresses also get the looser flat-number patterns (`-1201`, `之3号402`). */
  address?: boolean;
}

// Mainland mobile: 1[3-9] + 9 digits, optionally grouped 3-4-4 by spaces or dashes.
// Not preceded by a digit or a decimal point (coordinates have long decimals).
const MOBILE = /(?<![\d.])1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g;
const ID_NUMBER = /(?<![\d.])\d{17}[\dXx](?![\dXx])/g;
// Flat numbers anywhere: 302房, 1201室 (not 3室2厅), 5楼502.
const ROOM_SUFFIX = /\d{3,4}\s*[房室](?![厅间])/g;
const FLOOR_ROOM = /\d\s*楼\s*\d{3,4}(?![\d号年月日])/g;
// In addresses only: 12-1201, 之3号402, 3栋502 (but not 西湾东1号 or 大岗元北32号).
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

function finding(rule: PersonalDataRule, index: number, match: string): PersonalDataFinding {
  const masked = mask(match.trim());
  const where = rule === 'room_number' ? '地址只写到楼栋（如 西湾东1号）' : '公开数据不得含个人信息';
  return {
    rule,
    index,
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

/** What the patterns need from a text, counted in one pass (full-width digits count as digits). */
interface Shape {
  digits: number;
  /** Longest run of consecutive digits. */
  run: number;
  fullWidth: boolean;
  /** 房 or 室; 楼; - ; 号; 栋/座/幢. */
  room: boolean;
  floor: boolean;
  dash: boolean;
  hao: boolean;
  block: boolean;
}

function shapeOf(text: string): Shape {
  const shape: Shape = { digits: 0, run: 0, fullWidth: false, room: false, floor: false, dash: false, hao: false, block: false };
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const ascii = c >= 0x30 && c <= 0x39;
    if (ascii || (c >= 0xff10 && c <= 0xff19)) {
      if (!ascii) shape.fullWidth = true;
      shape.digits += 1;
      run += 1;
      if (run > shape.run) shape.run = run;
      continue;
    }
    run = 0;
    if (c === 0x623f || c === 0x5ba4) shape.room = true; // 房 室
    else if (c === 0x697c) shape.floor = true; // 楼
    else if (c === 0x2d) shape.dash = true; // -
    else if (c === 0x53f7) shape.hao = true; // 号
    else if (c === 0x680b || c === 0x5ea7 || c === 0x5e62) shape.block = true; // 栋 座 幢
  }
  return shape;
}

/** Finds personal data in a text; returns one finding per match, in text order. */
export function findPersonalData(raw: string, options: ScanOptions = {}): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  // Every pattern needs 3+ consecutive digits, so most cells (dates, counts, ids, notes) stop here.
  const shape = shapeOf(raw);
  if (shape.run < 3) return found;
  const text = shape.fullWidth ? normalizeDigits(raw) : raw;
  // Each pattern runs only when the text has what it cannot match without (11 digits, 17 in a row, 房…).
  if (shape.digits >= 11) for (const m of matches(MOBILE, text)) found.push(finding('mobile', m.index, m[0]));
  if (shape.run >= 17) {
    for (const m of matches(ID_NUMBER, text)) {
      // An 18-digit number with a wrong check digit is an ordinary number, not an ID.
      if (isValidIdNumber(m[0])) found.push(finding('id_number', m.index, m[0]));
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
    found.push(finding('room_number', m.index, m[0]));
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
    // Matches start and end on a digit or 房/室, so the masked form is exactly as long as the match.
    out += text.slice(from, f.index) + f.masked;
    from = f.index + f.masked.length;
  }
  return out + text.slice(from);
}
