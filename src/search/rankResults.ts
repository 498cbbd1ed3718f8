// Put the building a resident typed first. Pagefind matches words; an address is read as one unit, so among
// the results Pagefind returns, the ones whose address (or an alias of it) matches the whole query win:
// 「西湾东1」 ranks 西湾东1号 before 西湾东10号 and 西湾东二街11号之1.
import type { UiStrings } from '../i18n/uiTable.ts';

/** The locale's address endings (号, 社区) that a query may leave out. */
export type AddressWords = Pick<UiStrings['searchPage'], 'houseNumberSuffix' | 'communitySuffix'>;

/** What a search result offers to rank by: its address, aliases and names (from Pagefind metadata). */
export interface RankFields {
  type?: string | undefined;
  title?: string | undefined;
  address?: string | undefined;
  community?: string | undefined;
  /** Space-separated other spellings of the address. */
  aliases?: string | undefined;
}

/** Part of a house number: a digit, or the dash of 32-1号. */
const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9-]/.test(c);

/** `text` without `suffix` at its end. */
const withoutSuffix = (text: string, suffix: string): string =>
  suffix !== '' && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;

/** Full-width digits as ASCII, no spaces: one form for queries and addresses. */
export function normalizeAddress(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

/** How well `name` matches the whole query: 4 equal, 3 at its start or end, 2 inside, 0 not at all.
 * A match never splits a number: 「1号」 is not inside 11号, 「西湾东1」 is not the start of 西湾东10号. */
export function matchScore(query: string, name: string): number {
  const q = normalizeAddress(query);
  const n = normalizeAddress(name);
  if (q === '') return 0;
  if (q === n) return 4;
  let best = 0;
  for (let at = n.indexOf(q); at !== -1; at = n.indexOf(q, at + 1)) {
    const splitsNumber =
      (isDigit(q[0]) && isDigit(n[at - 1])) || (isDigit(q.at(-1)) && isDigit(n[at + q.length]));
    if (splitsNumber) continue;
    best = Math.max(best, at === 0 || at + q.length === n.length ? 3 : 2);
  }
  return best;
}

/** Names a result can be matched by: a building's address and aliases, a community's name. */
function names(r: RankFields, address: AddressWords): string[] {
  const community =
    r.community === undefined ? [] : [r.community, withoutSuffix(r.community, address.communitySuffix)];
  if (r.type === 'community') return community;
  if (r.type === 'story') return r.title === undefined ? [] : [r.title]; // its `address` is what it is about
  return [r.address, ...(r.aliases ?? '').split(' '), r.title].filter(
    (n): n is string => n !== undefined && n !== '',
  );
}

/** Results sorted by how well their address matches the whole query; ties keep Pagefind's order. */
export function rankResults<T>(
  query: string,
  results: readonly T[],
  fields: (r: T) => RankFields,
  address: AddressWords,
): T[] {
  const scored = results.map((r, i) => ({
    r,
    i,
    score: Math.max(0, ...names(fields(r), address).map((n) => matchScore(query, n))),
  }));
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.r);
}

/** True when a result is exactly what was typed: its address or an alias (`西湾东1` counts for 西湾东1号),
 * or a community's name. Otherwise the page says so before listing the nearest. */
export function hasExactMatch<T>(
  query: string,
  results: readonly T[],
  fields: (r: T) => RankFields,
  address: AddressWords,
): boolean {
  const bare = (name: string): string => withoutSuffix(normalizeAddress(name), address.houseNumberSuffix);
  const q = bare(query);
  if (q === '') return false;
  return results.some((r) => names(fields(r), address).some((n) => bare(n) === q));
}
