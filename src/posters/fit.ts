// Pure text fitting: choose a font size and line breaks so a text fits its box, never overflowing.
import { keepTogether } from '../format/keepTogether.ts';
import { widthEm } from './advance.ts';

export interface TextBox {
  /** Box width in px. */
  width: number;
  maxLines: number;
  /** Preferred (largest) font size in px. */
  maxSize: number;
  /** Smallest acceptable font size in px; below it the last line is cut with an ellipsis. */
  minSize: number;
  /** Running text (a quoted paragraph): fill each line as far as it goes, not balanced at phrase ends. */
  prose?: boolean;
  /** The programme's measure words (the model's `counter`): a line never breaks between a number and one. */
  counters?: readonly string[];
}

export interface FittedText {
  fontSize: number;
  lines: string[];
  /** True when the text did not fit even at `minSize` and was cut. */
  truncated: boolean;
}

// Safety margin for rounding in the layout engine.
const SLACK = 0.98;
// No line may start with these (Chinese line-breaking rule 避头), nor end with the openers.
const CLOSERS = new Set('，。、；：！？）》」』”’%‰…·,.;:!?)]}');
const OPENERS = new Set('（《「『“‘([{');

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** Pieces no line may break inside: dates and numbers with their unit or house-number suffix (`217号之2`,
 * `56栋`, `2025年9月4日`, from format/keepTogether) and, elsewhere, Chinese words (`电梯`, `西路`). */
function pieces(text: string, counters?: readonly string[]): string[] {
  return keepTogether(text, counters).flatMap((run) =>
    run.keep ? [run.text] : [...WORDS.segment(run.text)].map((s) => s.segment),
  );
}

/**
 * Split into unbreakable tokens: words, numbers with their units (`12号之3` never breaks), runs of Latin
 * letters and digits; closing punctuation sticks to what precedes it, opening punctuation to what follows.
 */
export function tokenize(text: string, counters?: readonly string[]): string[] {
  const tokens: string[] = [];
  let pendingOpen = '';
  for (const piece of pieces(text, counters)) {
    const last = tokens.length - 1;
    const previous = tokens[last];
    if (
      CLOSERS.has(piece[0] ?? '') &&
      [...piece].every((c) => CLOSERS.has(c)) &&
      previous !== undefined &&
      pendingOpen === ''
    ) {
      tokens[last] = previous + piece;
    } else if ([...piece].every((c) => OPENERS.has(c))) {
      pendingOpen += piece;
    } else if (
      /^[A-Za-z0-9]/.test(piece) &&
      previous !== undefined &&
      pendingOpen === '' &&
      /[A-Za-z0-9.,]$/.test(previous)
    ) {
      tokens[last] = previous + piece;
    } else {
      tokens.push(pendingOpen + piece);
      pendingOpen = '';
    }
  }
  if (pendingOpen !== '') tokens.push(pendingOpen);
  return tokens;
}

/** Greedy line breaking of tokens into lines no wider than `widthLimitEm`; spaces at breaks vanish. */
export function wrapTokens(tokens: readonly string[], widthLimitEm: number): string[] {
  const lines: string[] = [];
  let current = '';
  const push = (): void => {
    const trimmed = current.trim();
    if (trimmed !== '') lines.push(trimmed);
    current = '';
  };
  for (const token of tokens) {
    if (widthEm((current + token).trimEnd()) <= widthLimitEm) {
      current += token;
      continue;
    }
    push();
    if (token.trim() === '') continue;
    if (widthEm(token) <= widthLimitEm) {
      current = token;
      continue;
    }
    // A token wider than the whole line (a very long number): break it by character.
    for (const char of token) {
      if (widthEm(current + char) > widthLimitEm && current !== '') push();
      current += char;
    }
  }
  push();
  return lines;
}

/** Split after list punctuation and spaces: the preferred places for a line break. */
export function segments(text: string): string[] {
  return text.match(/[^、：，；。 ]+[、：，；。 ]*|[、：，；。 ]+/g) ?? [];
}

/**
 * Break at segment ends where possible (never inside an address in a list such as 「A号、B号」);
 * a segment longer than a line is broken between tokens.
 */
export function wrapText(text: string, widthLimitEm: number, counters?: readonly string[]): string[] {
  const lines: string[] = [];
  let current = '';
  for (const segment of segments(text)) {
    if (widthEm((current + segment).trimEnd()) <= widthLimitEm) {
      current += segment;
      continue;
    }
    if (current.trim() !== '') lines.push(current.trim());
    current = '';
    const parts = wrapTokens(tokenize(segment, counters), widthLimitEm);
    lines.push(...parts.slice(0, -1));
    current = parts.at(-1) ?? '';
  }
  if (current.trim() !== '') lines.push(current.trim());
  return lines;
}

/** Lines of `text` within `widthLimitEm`: at segment ends if that fits `maxLines`, else anywhere allowed. */
function wrap(
  text: string,
  widthLimitEm: number,
  maxLines: number,
  counters: readonly string[] | undefined,
): string[] {
  const bySegment = wrapText(text, widthLimitEm, counters);
  return bySegment.length <= maxLines ? bySegment : wrapTokens(tokenize(text, counters), widthLimitEm);
}

/**
 * Make lines about equally long: the narrowest width that keeps the same line count. When the text
 * fits by breaking at segment ends, balancing keeps to those breaks (never splitting an address).
 */
function balance(
  text: string,
  widthLimitEm: number,
  count: number,
  counters: readonly string[] | undefined,
): string[] {
  const bySegment = wrapText(text, widthLimitEm, counters).length <= count;
  const wrapAt = (width: number): string[] =>
    bySegment ? wrapText(text, width, counters) : wrapTokens(tokenize(text, counters), width);
  let low = 0;
  let high = widthLimitEm;
  for (let i = 0; i < 16; i++) {
    const mid = (low + high) / 2;
    if (wrapAt(mid).length <= count) high = mid;
    else low = mid;
  }
  return wrapAt(high);
}

/** Cut `text` so that it plus an ellipsis fits `widthLimitEm`. */
function ellipsize(text: string, widthLimitEm: number): string {
  const chars = [...text];
  while (chars.length > 0 && widthEm(`${chars.join('')}…`) > widthLimitEm) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * The largest font size from `maxSize` down to `minSize` (2 px steps) at which `text` wraps into at most
 * `maxLines` lines of `width`, with balanced line lengths. At `minSize` the text is cut with an ellipsis.
 */
export function fitText(text: string, box: TextBox): FittedText {
  const clean = text.trim().replace(/\s+/g, ' ');
  const maxSize = Math.max(box.minSize, box.maxSize);
  for (let size = maxSize; ; size -= 2) {
    const fontSize = Math.max(size, box.minSize);
    const limit = (box.width * SLACK) / fontSize;
    const lines = box.prose
      ? wrapTokens(tokenize(clean, box.counters), limit)
      : wrap(clean, limit, box.maxLines, box.counters);
    if (lines.length <= box.maxLines) {
      const balanced =
        lines.length > 1 && !box.prose ? balance(clean, limit, lines.length, box.counters) : lines;
      return { fontSize, lines: balanced, truncated: false };
    }
    if (fontSize === box.minSize) {
      const kept = lines.slice(0, box.maxLines);
      const last = kept.length - 1;
      kept[last] = ellipsize(`${kept[last] ?? ''}${lines.slice(box.maxLines).join('')}`, limit);
      return { fontSize, lines: kept, truncated: true };
    }
  }
}

/** Widest line of a fitted text in px (estimated from the advance table). */
export function fittedWidth(fitted: FittedText): number {
  return Math.max(0, ...fitted.lines.map((l) => widthEm(l) * fitted.fontSize));
}
