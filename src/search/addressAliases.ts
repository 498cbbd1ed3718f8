// Other ways residents type the same address, added to the search index of each building page:
// 西湾东1号 is also 西湾东一号 and 西湾东１号; 32号之1 is also 32-1号; and a street's own spelling variants
// of its place names (report.json `addressVariants`, e.g. 大岗元 / 大岗园).

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 32 → 三十二, 105 → 一百零五; numbers from 10000 up are read digit by digit. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${String(n)}`);
  if (n >= 10000) return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
  if (n < 10) return DIGITS[n] ?? '';
  const units = ['', '十', '百', '千'];
  const digits = [...String(n)].map(Number).reverse();
  let out = '';
  let pendingZero = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = digits[i] ?? 0;
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += `${DIGITS[d] ?? ''}${units[i] ?? ''}`;
  }
  return out.replace(/^一十/, '十');
}

/** 三十二 → 32, 十 → 10, 一百零五 → 105, 二三 → 23 (digit by digit); undefined when not a numeral. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  const digit = (c: string): number => (c === '两' ? 2 : c === '〇' ? 0 : DIGITS.indexOf(c));
  if (!/[十百千]/.test(text)) return Number([...text].map(digit).join(''));
  let total = 0;
  let current = 0;
  for (const c of text) {
    const unit = { 十: 10, 百: 100, 千: 1000 }[c];
    if (unit === undefined) current = digit(c);
    else {
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
    }
  }
  return total + current;
}

const toFullWidth = (s: string): string =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const toAscii = (s: string): string =>
  s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** Numerals that number a house, lane or street: followed by 号, 巷, 街, 座, 栋, 幢 or 之. */
const CHINESE_NUMBER = /[零〇一二两三四五六七八九十百千]+(?=[号巷街座栋幢之])/g;

/** Every other way to write `address` that should find it (without `address` itself), de-duplicated. */
export function addressAliases(
  address: string,
  variants: readonly (readonly [string, string])[] = [],
): string[] {
  const ascii = toAscii(address.trim());
  const forms = new Set<string>([ascii]);
  // Spelling variants first, so every later form exists in both spellings.
  for (const [a, b] of variants) {
    for (const f of [...forms]) {
      if (f.includes(a)) forms.add(f.replaceAll(a, b));
      if (f.includes(b)) forms.add(f.replaceAll(b, a));
    }
  }
  for (const f of [...forms]) {
    forms.add(f.replace(/\d+/g, (d) => chineseNumeral(Number(d)))); // 1号 → 一号
    forms.add(f.replace(CHINESE_NUMBER, (c) => String(parseChineseNumeral(c) ?? c))); // 二街 → 2街
  }
  for (const f of [...forms]) forms.add(f.replace(/(\d+)号之(\d+)/g, '$1-$2号')); // 32号之1 → 32-1号
  for (const f of [...forms]) if (/\d/.test(f)) forms.add(toFullWidth(f)); // 1号 → １号
  forms.delete(address);
  return [...forms].filter((f) => f !== '');
}
