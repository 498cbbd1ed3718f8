// A tiny, escaped SVG tree: chart scenes are built as data, rendered by Svg.astro on pages and by
// toSvgString in golden tests, so both show exactly the same geometry.

export type AttrValue = string | number | undefined;

export interface SvgNode {
  tag: string;
  attrs: Record<string, AttrValue>;
  /** Child nodes, or a plain text string (escaped when rendered). */
  children: (SvgNode | string)[];
}

/** Builds one node; `undefined` attributes are dropped when rendered. */
export function el(
  tag: string,
  attrs: Record<string, AttrValue> = {},
  children: (SvgNode | string)[] = [],
): SvgNode {
  return { tag, attrs, children };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text and attribute values the same way for both. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** Attributes without undefined values, in insertion order. */
export function definedAttrs(attrs: Record<string, AttrValue>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out[k] = v;
  return out;
}

/** Serializes a tree as indented SVG markup, one element per line (diff-friendly goldens). */
export function toSvgString(node: SvgNode | string, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (typeof node === 'string') return `${pad}${escapeXml(node)}`;
  const attrs = Object.entries(definedAttrs(node.attrs))
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  if (node.children.length === 0) return `${pad}<${node.tag}${attrs}/>`;
  const [only] = node.children;
  if (node.children.length === 1 && typeof only === 'string') {
    return `${pad}<${node.tag}${attrs}>${escapeXml(only)}</${node.tag}>`;
  }
  const inner = node.children.map((c) => toSvgString(c, depth + 1)).join('\n');
  return `${pad}<${node.tag}${attrs}>\n${inner}\n${pad}</${node.tag}>`;
}

/** Rounds a coordinate to one decimal so output is stable across platforms. */
export function r1(n: number): number {
  return Math.round(n * 10) / 10;
}
