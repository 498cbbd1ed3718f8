import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(utf8('\uFEFF楼栋编号,地址\n'))).toEqual({ text: '楼栋编号,地址\n', encoding: 'utf-8', bom: true });
    expect(decodeText(utf8('楼栋编号\n')).encoding).toBe('utf-8');
  });
  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(iconv.encode('西湾东1号,是\n', 'gb18030'))).toEqual({ text: '西湾东1号,是\n', encoding: 'gb18030', bom: false });
  });
  it('turns CRLF and lone CR into LF without changing line count', () => {
    expect(decodeText(utf8('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });
  it('reads UTF-16LE with BOM (Excel "Unicode text")', () => {
    expect(decodeText(iconv.encode('\uFEFF西湾\n', 'utf-16le')).text).toBe('西湾\n');
  });
});
