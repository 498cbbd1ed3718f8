import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidIdNumber, maskPersonalData } from './personalData.ts';
import { scanText } from './scanText.ts';

const rules = (text: string, address = false): string[] => findPersonalData(text, { address }).map((f) => `${f.rule}@${f.index}`);

describe('findPersonalData', () => {
  it('finds mainland mobile numbers, also grouped with spaces or dashes', () => {
    expect(rules('电话13812345678')).toEqual(['mobile@2']);
    expect(rules('138 1234 5678 / 139-1234-5678')).toEqual(['mobile@0', 'mobile@16']);
    expect(rules('１３８１２３４５６７８')).toEqual(['mobile@0']);
  });
  it('does not flag coordinates, dates or landlines', () => {
    expect(rules('113.13012345678')).toEqual([]);
    expect(rules('2025-09-03 020-81234567 12345678901')).toEqual([]);
  });
  it('finds 18-digit ID numbers only when the GB 11643 check digit is valid', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(rules('身份证11010519491231002X')).toEqual(['id_number@3']);
    // Same digits, wrong check digit: an ordinary number, not flagged.
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(rules('编号110105194912310021')).toEqual([]);
  });
  it('finds flat numbers in addresses', () => {
    for (const address of ['西湾路1号302房', '西湾路1号1201室', '西湾路1号5楼502', '西湾路12-1201', '西湾路1之3号402', '西湾路1号3栋502']) {
      expect(rules(address, true), address).toHaveLength(1);
    }
  });
  it('leaves building addresses alone', () => {
    for (const address of ['西湾东1号', '大岗元北32号', '西增路100-102号', '环市西路12-14号', '协和路1号']) {
      expect(rules(address, true), address).toEqual([]);
    }
  });
  it('in free text flags only unambiguous flat numbers', () => {
    expect(rules('住在5楼502的邻居')).toEqual(['room_number@2']);
    expect(rules('3室2厅，西湾路12-1201')).toEqual([]);
  });
  it('masks the match in the message and says to remove it', () => {
    const [f] = findPersonalData('13812345678');
    expect(f?.message).toBe('发现手机号码 (personal data: mobile)“13*******78”：公开数据不得含个人信息，请删除');
  });
  it('maskPersonalData masks every number in a message and leaves the rest', () => {
    expect(maskPersonalData('日期“13812345678”无效 (permit)')).toBe('日期“13*******78”无效 (permit)');
    expect(maskPersonalData('日期“2025-13-01”无效')).toBe('日期“2025-13-01”无效');
  });
  it('skips no match: the cheap pre-filter agrees with running every pattern on every text', () => {
    // The rules as first written, without the pre-filter, as the oracle.
    const oracle = (raw: string, address: boolean): string[] => {
      const { text, offsets } = scanText(raw);
      const rawAt = (i: number | undefined): number => (offsets ? (offsets[i ?? 0] ?? 0) : (i ?? 0));
      const all = (source: RegExp): RegExpMatchArray[] => [...text.matchAll(new RegExp(source.source, 'g'))];
      const out: string[] = [];
      const ids: Array<[number, number]> = [];
      for (const m of all(/(?<![\d.])\d(?:[ -]{0,2}\d){16}[ -]{0,2}[\dXx](?![\dXx])/)) {
        if (!isValidIdNumber(m[0].replace(/[ -]/g, ''))) continue;
        out.push(`id_number@${rawAt(m.index)}`);
        ids.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
      }
      for (const m of all(/(?<![\d.])(?:(?:\+|00)?86[ ()-]{0,3})?1[ ()-]{0,3}[3-9](?:[ ()-]{0,3}\d){9}(?!\d)/)) {
        const [start, end] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
        if (!ids.some(([a, b]) => start < b && a < end)) out.push(`mobile@${rawAt(m.index)}`);
      }
      const room = [/\d(?:[ -]?\d){2,3}\s*[房室](?![厅间])/, /\d\s*楼\s*\d(?: ?\d){2,3}(?![\d号年月日])/];
      if (address) room.push(/(?<=\d)\s*-\s*\d{3,4}(?![\d号])/, /号\s*\d{3,4}(?![\d号])/, /[栋座幢]\s*\d{3,4}(?![\d号])/);
      let end = -1;
      for (const m of room.flatMap(all).sort((a, b) => (a.index ?? 0) - (b.index ?? 0))) {
        if ((m.index ?? 0) < end) continue;
        end = (m.index ?? 0) + m[0].length;
        out.push(`room_number@${rawAt(m.index)}`);
      }
      return out.sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1]));
    };
    const pieces = ['1', '3', '8', '0', '2', '9', '１', '３', '８', '三', '𝟖', '1381234', '5678', '11010519491231002X', '-', ' ', '.', '(', '\u200b', 'X', '房', '室', '厅', '楼', '號', '号', '栋', '座', '幢', '年', '路', '之'];
    let seed = 12345;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    const flagged = new Set<string>();
    const differ: string[] = [];
    for (let i = 0; i < 20000; i += 1) {
      const text = Array.from({ length: 1 + next(12) }, () => pieces[next(pieces.length)]).join('');
      for (const address of [false, true]) {
        const expected = oracle(text, address);
        for (const f of expected) flagged.add(f.split('@')[0] ?? '');
        if (rules(text, address).join() !== expected.join()) differ.push(`${text} (address: ${address})`);
      }
    }
    expect(differ).toEqual([]);
    expect([...flagged].sort()).toEqual(['id_number', 'mobile', 'room_number']);
  });
});

describe('findPersonalData reads every spelling of a number', () => {
  // Each spelling renders as (or reads as) 13812345678; the finding points at its first character.
  const spellings: Array<[string, string]> = [
    ['zero width space', '1381234\u200B5678'],
    ['zero width spaces throughout', '1\u200B3\u200B8\u200B1\u200B2\u200B3\u200B4\u200B5\u200B6\u200B7\u200B8'],
    ['zero width non-joiner and joiner', '138\u200C1234\u200D5678'],
    ['word joiner', '138\u20601234\u20605678'],
    ['soft hyphen', '138\u00AD1234\u00AD5678'],
    ['byte order mark', '138\uFEFF12345678'],
    ['right-to-left override', '\u202E13812345678\u202C'],
    ['left-to-right and right-to-left marks', '138\u200E1234\u200F5678'],
    ['bidi isolates', '\u2066138\u20691234\u20685678\u2069'],
    ['Mongolian vowel separator', '138\u180E12345678'],
    ['invisible separator', '138\u20631234\u20625678'],
    ['tag characters', '138\u{E0020}12345678'],
    ['variation selector', '1\uFE0F38123456\uFE0E78'],
    ['combining grapheme joiner', '138\u034F12345678'],
    ['combining marks', '1\u03013\u03088123\u20E345678'],
    ['Hangul filler', '138\u316412345678'],
    ['null and escape', '138\u00001234\u001B5678'],
    ['bell and C1 controls', '138\u00071234\u009B5678'],
    ['no-break spaces', '138\u00A01234\u00A05678'],
    ['ideographic and thin spaces', '138\u30001234\u20095678'],
    ['tabs', '138\t1234\t5678'],
    ['en dashes', '138\u20131234\u20135678'],
    ['minus signs', '138\u22121234\u22125678'],
    ['full-width hyphens', '138\uFF0D1234\uFF0D5678'],
    ['double spaces and brackets', '(138)  1234  5678'],
    ['spaced digits', '1 3 8 1 2 3 4 5 6 7 8'],
    ['full-width digits', '１３８１２３４５６７８'],
    ['mathematical bold digits', '𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖'],
    ['circled digits', '①③⑧①②③④⑤⑥⑦⑧'],
    ['superscript digits', '¹³⁸¹²³⁴⁵⁶⁷⁸'],
    ['Arabic-Indic digits', '١٣٨١٢٣٤٥٦٧٨'],
    ['Devanagari digits', '१३८१२३४५६७८'],
    ['Chinese numerals', '一三八一二三四五六七八'],
    ['Chinese numerals with 幺 and 〇', '幺三八〇二三四五六七八'],
    ['country code', '+8613812345678'],
    ['country code without plus', '008613812345678'],
  ];
  it.each(spellings)('%s', (_name, number) => {
    const found = findPersonalData(`电话${number}。`);
    expect(found.map((f) => f.rule)).toEqual(['mobile']);
    // Spellings that open with an invisible control or a bracket are found at their first digit.
    expect(found[0]?.index).toBe(/^[\u202E\u2066(]/.test(number) ? 3 : 2);
  });

  it('reads ID and flat numbers through the same spellings', () => {
    expect(rules('身份证110105\u200B19491231\u2060002X')).toEqual(['id_number@3']);
    expect(rules('身份证１１０１０５　１９４９１２３１　００２Ｘ')).toEqual(['id_number@3']);
    expect(rules('住３\u200B０２房')).toEqual(['room_number@1']);
    expect(rules('住三〇二房')).toEqual(['room_number@1']);
    expect(rules('西湾路1號5樓502', true)).toEqual(['room_number@5']);
  });

  it('masks the whole match in messages, invisible characters included', () => {
    expect(maskPersonalData('备注“138\u200B1234\u200B5678”')).toBe('备注“13*******78”');
  });

  it('still leaves ordinary numbers alone', () => {
    expect(rules('2025年九月，共三栋，一二期')).toEqual([]);
    expect(rules('23.1291234567,113.2641234567')).toEqual([]);
    expect(rules('3室2厅，两室一厅')).toEqual([]);
  });
});
