// Chinese input methods often type full-width digits (０-９); they mean the same numbers.

const FULL_WIDTH = /[０-９]/;
const FULL_WIDTH_ALL = /[０-９]/g;

/** Replaces full-width digits ０-９ with ASCII 0-9 (same string length, so offsets stay valid). */
export function normalizeDigits(text: string): string {
  // Most text has none; a test without a replacement callback is much cheaper per call.
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
