// The search box's examples, from the street's own addresses: a whole address, the street part of another,
// and a bare house number — the three ways residents type (西湾东1号, 大岗元北, 32号).
import type { AddressWords } from './rankResults.ts';

/** Up to three example queries from `addresses` (registry order); fewer when the addresses allow fewer. */
export function searchHints(
  addresses: readonly string[],
  address: Pick<AddressWords, 'houseNumberSuffix'>,
): string[] {
  // Digits then the locale's house-number ending (32号), the ending escaped as regular-expression text.
  const houseNumber = new RegExp(`\\d+${address.houseNumberSuffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const numbered = addresses.filter((a) => houseNumber.test(a));
  const whole = addresses[0];
  if (whole === undefined) return [];
  const street = numbered
    .map((a) => a.slice(0, a.search(/\d/)))
    .find((s) => s.length >= 2 && !whole.startsWith(s));
  const number = numbered
    .map((a) => houseNumber.exec(a)?.[0])
    .find((n) => n !== undefined && !whole.includes(n));
  const hints = [whole, street, number].filter((h): h is string => h !== undefined);
  return hints.length > 1 ? hints : addresses.slice(0, 2);
}
