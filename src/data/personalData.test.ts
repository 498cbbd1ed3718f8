import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidIdNumber, maskPersonalData } from './personalData.ts';

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
      const text = raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
      const all = (source: RegExp): RegExpMatchArray[] => [...text.matchAll(new RegExp(source.source, 'g'))];
      const out = all(/(?<![\d.])1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/).map((m) => `mobile@${m.index}`);
      for (const m of all(/(?<![\d.])\d{17}[\dXx](?![\dXx])/)) if (isValidIdNumber(m[0])) out.push(`id_number@${m.index}`);
      const room = [/\d{3,4}\s*[房室](?![厅间])/, /\d\s*楼\s*\d{3,4}(?![\d号年月日])/];
      if (address) room.push(/(?<=\d)\s*-\s*\d{3,4}(?![\d号])/, /号\s*\d{3,4}(?![\d号])/, /[栋座幢]\s*\d{3,4}(?![\d号])/);
      let end = -1;
      for (const m of room.flatMap(all).sort((a, b) => (a.index ?? 0) - (b.index ?? 0))) {
        if ((m.index ?? 0) < end) continue;
        end = (m.index ?? 0) + m[0].length;
        out.push(`room_number@${m.index}`);
      }
      return out.sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1]));
    };
    const pieces = ['1', '3', '8', '0', '2', '9', '１', '３', '８', '1381234', '5678', '11010519491231002X', '-', ' ', '.', 'X', '房', '室', '厅', '楼', '号', '栋', '座', '幢', '年', '路', '之'];
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
