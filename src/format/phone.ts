// Phone numbers as shown: never broken across lines (non-breaking hyphen and space), and as a tel: link.

/** `020-8123 4567` → `020‑8123 4567` with U+2011 and U+00A0, so a phone number stays on one line. */
export function formatPhone(phone: string): string {
  return phone.replace(/-/g, '\u2011').replace(/ /g, '\u00a0');
}

/** `tel:` URL of a phone number: digits and a leading + only. */
export function phoneHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
