import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidIdNumber } from './personalData.ts';

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
});
