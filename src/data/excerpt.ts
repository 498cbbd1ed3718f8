// Messages may quote what they found, but only a short piece, with invisible characters made visible.
import { showInvisible } from './invisibleChars.ts';

/** At most `max` characters of `text` (then …), invisible characters shown as `<U+200B>`. */
export function excerpt(text: string, max = 40): string {
  const chars = [...text.slice(0, max * 2 + 2)];
  const cut = chars.length > max || text.length > max * 2 + 2;
  return showInvisible(chars.slice(0, max).join('')) + (cut ? '…' : '');
}
