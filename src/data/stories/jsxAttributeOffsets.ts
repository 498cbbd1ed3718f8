// Where each attribute of a JSX opening tag starts. The MDX parser gives attributes no positions, so
// messages about one attribute find it in the source: `<Name a="1" {...b} c={d}>` → offsets of a, {, c.

const SPACE = /\s/;

/** Index just past the `{…}` starting at `i`, skipping quoted strings inside. */
function skipBraces(source: string, i: number): number {
  let depth = 0;
  for (let j = i; j < source.length; j += 1) {
    const ch = source[j];
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = source.indexOf(ch, j + 1);
      if (end < 0) return source.length;
      j = end;
    } else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return j + 1;
    }
  }
  return source.length;
}

/** Offsets of the attributes of the element whose `<` is at `start`, in source order. */
export function jsxAttributeOffsets(source: string, start: number): number[] {
  const offsets: number[] = [];
  let i = start + 1;
  while (i < source.length && SPACE.test(source[i] ?? '')) i += 1;
  while (i < source.length && !/[\s/>{]/.test(source[i] ?? '')) i += 1; // the element name
  for (;;) {
    while (i < source.length && SPACE.test(source[i] ?? '')) i += 1;
    const ch = source[i];
    if (ch === undefined || ch === '>' || ch === '/') return offsets;
    offsets.push(i);
    if (ch === '{') {
      i = skipBraces(source, i);
      continue;
    }
    while (i < source.length && !/[\s=/>{]/.test(source[i] ?? '')) i += 1;
    while (i < source.length && SPACE.test(source[i] ?? '')) i += 1;
    if (source[i] !== '=') continue;
    i += 1;
    while (i < source.length && SPACE.test(source[i] ?? '')) i += 1;
    const quote = source[i];
    if (quote === '"' || quote === "'") {
      const end = source.indexOf(quote, i + 1);
      i = end < 0 ? source.length : end + 1;
    } else if (quote === '{') i = skipBraces(source, i);
  }
}
