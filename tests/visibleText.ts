// What a reader sees or hears on a built page: its text, plus the alt, aria-label and title attributes a
// screen reader announces. Scripts, styles and comments are dropped; one line per block of text.
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const ANNOUNCED = /\s(alt|aria-label|title)="([^"]*)"/g;
const BLOCK =
  /^(p|div|li|ul|ol|h[1-6]|tr|td|th|table|caption|figure|figcaption|section|article|header|footer|nav|main|dt|dd|dl|br|summary|details|form|label|button|option|title|svg|text|desc)$/i;

/** The page's visible text and announced attributes, whitespace collapsed, one block per line. */
export function visibleText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->|<!doctype[^>]*>/gi, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?([a-z][\w-]*)\b([^>]*)>/gi, (_, tag: string, attributes: string) => {
      const announced = [...attributes.matchAll(ANNOUNCED)].map(
        ([, name, value]) => `\n[${name}] ${value}\n`,
      );
      return announced.join('') + (BLOCK.test(tag) ? '\n' : '');
    });
  return decode(body)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
