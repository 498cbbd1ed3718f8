// Chinese input methods often type full-width digits (０-９); they mean the same numbers.

/** Replaces full-width digits ０-９ with ASCII 0-9 (same string length, so offsets stay valid). */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
