// The interface words (navigation, labels, sentences around figures): one table per locale. zh-CN is the
// complete reference; a locale whose table lacks any of its entries is refused, so no site is published
// half translated. Programme words (楼栋, 栋, milestones) are not here: they come from report.json.
import { zhCN } from './zh-CN/index.ts';

export type UiStrings = typeof zhCN;

/** A table for another locale while it is being written: any entry may still be missing. */
export type PartialUi<T> = {
  [K in keyof T]?: T[K] extends string
    ? string
    : T[K] extends (...args: never[]) => string
      ? T[K]
      : PartialUi<T[K]>;
};

/** Every locale with a table, complete or not. */
export const UI_TABLES: Readonly<Record<string, PartialUi<UiStrings>>> = { 'zh-CN': zhCN };

/** Dotted paths of the reference's entries the table lacks (or has as another kind: text vs. sentence). */
export function missingUiKeys(table: unknown, reference: unknown = zhCN, prefix = ''): string[] {
  if (typeof reference !== 'object' || reference === null) {
    return typeof table === typeof reference ? [] : [prefix];
  }
  const missing: string[] = [];
  for (const [key, value] of Object.entries(reference)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const entry =
      typeof table === 'object' && table !== null ? (table as Record<string, unknown>)[key] : undefined;
    missing.push(...missingUiKeys(entry, value, path));
  }
  return missing;
}

/** Why `locale` cannot be published (no table, or an incomplete one), or undefined when it can. */
export function uiTableProblem(
  locale: string,
  tables: Readonly<Record<string, unknown>> = UI_TABLES,
): string | undefined {
  const complete = Object.keys(tables).filter((l) => missingUiKeys(tables[l]).length === 0);
  const choices = complete.map((l) => `"${l}"`).join('、');
  if (!Object.hasOwn(tables, locale)) {
    return (
      `locale "${locale}" 没有界面文字表，网页、图表和海报会一半是中文：请改为 ${choices}，` +
      `或先在 src/i18n/ 里写好 ${locale} 的完整文字表`
    );
  }
  const missing = missingUiKeys(tables[locale]);
  if (missing.length === 0) return undefined;
  const shown = missing.slice(0, 5).join('、');
  return (
    `locale "${locale}" 的界面文字表不完整：缺 ${String(missing.length)} 项（${shown}` +
    `${missing.length > 5 ? ' 等' : ''}），发布出来会一半没有翻译：请补全 src/i18n/ 里的表，或改为 ${choices}`
  );
}

// Tables are fixed at build time: each locale is checked once, however many posters or pages ask for it.
const checkedTables = new Map<string, UiStrings>();

/** The complete table of `locale`; the validator has refused any other before a page is built. */
export function uiFor(locale: string): UiStrings {
  const known = checkedTables.get(locale);
  if (known) return known;
  const problem = uiTableProblem(locale);
  if (problem !== undefined) throw new Error(problem);
  const table = UI_TABLES[locale] as UiStrings;
  checkedTables.set(locale, table);
  return table;
}
