// Noto Sans SC, and Noto Sans HK for the characters SC lacks (both SIL OFL 1.1), read from node_modules at
// build time and subset per build. The font list and which family draws which character: src/data/posterGlyphs.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { fontFor, POSTER_FONTS, posterFontFile } from '../data/posterGlyphs.ts';

const [MAIN, FALLBACK] = POSTER_FONTS;

/** The family posters ask for; satori takes characters it lacks from the fallback family. */
export const FONT_FAMILY = MAIN.family;

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

type Weight = 400 | 700;
type Pair = Record<Weight, Buffer>;

/** Absolute paths of the main family's TTF files (plain TrueType: satori reads neither WOFF2 nor TTC). */
export function fontFiles(): Record<Weight, string> {
  return { 400: posterFontFile(MAIN, 400), 700: posterFontFile(MAIN, 700) };
}

const fullFonts: Array<Pair | undefined> = [];
function loadFullFonts(family: 0 | 1): Pair {
  const font = POSTER_FONTS[family];
  return (fullFonts[family] ??= {
    400: readFileSync(posterFontFile(font, 400)),
    700: readFileSync(posterFontFile(font, 700)),
  });
}

/** sha256 of every font file, part of every poster's cache key. */
export function fontHash(): string {
  const hash = createHash('sha256');
  for (const family of [0, 1] as const) {
    const fonts = loadFullFonts(family);
    hash.update(fonts[400]).update(fonts[700]);
  }
  return hash.digest('hex');
}

/** The distinct characters of `text` plus the space, sorted: the key of a subset. */
export function charset(text: string): string {
  return [...new Set(`${text} `)].sort().join('');
}

// Subsetting the 10 MB fonts costs ~40 ms a call, mostly copying them into harfbuzz. So we subset
// them once to a working set: every character of a build's posters (grown as needed).
//
// Satori parses each font object it has not seen (~35 ms CPU for the two weights), so posters render
// fastest when they share the working-set objects (`build`, the default): ~18 ms CPU of satori per
// poster against ~55 ms with an exact subset per poster (`poster`). Glyphs, and so pixels, are the same.
export type SubsetScope = 'build' | 'poster';

interface Working {
  chars: Set<string>;
  main: Pair;
  /** Only when some character needs the fallback family (most builds need none). */
  fallback?: Pair;
  satori: SatoriFont[];
}
let working: Working | undefined;
const perPoster = new Map<string, SatoriFont[]>();
const PER_POSTER_LIMIT = 512;

function satoriFonts(main: Pair, fallback?: Pair): SatoriFont[] {
  const pair = (name: string, fonts: Pair): SatoriFont[] => [
    { name, data: fonts[400], weight: 400, style: 'normal' },
    { name, data: fonts[700], weight: 700, style: 'normal' },
  ];
  return [...pair(MAIN.family, main), ...(fallback ? pair(FALLBACK.family, fallback) : [])];
}

async function subsetBoth(from: Pair, chars: string): Promise<Pair> {
  const [regular, bold] = await Promise.all([
    subsetFont(from[400], chars, { targetFormat: 'truetype' }),
    subsetFont(from[700], chars, { targetFormat: 'truetype' }),
  ]);
  return { 400: regular, 700: bold };
}

/** The characters of a charset that only the fallback family draws, plus the space. */
function fallbackChars(chars: string): string {
  return charset([...chars].filter((c) => fontFor(c) === 1).join(''));
}

function setWorking(chars: string, main: Pair, fallback?: Pair): void {
  working = {
    chars: new Set(chars),
    main,
    ...(fallback ? { fallback } : {}),
    satori: satoriFonts(main, fallback),
  };
}

/** Make sure the working set covers `text` (pass all posters' text up front to subset the big fonts once). */
export async function prepareFonts(text: string): Promise<void> {
  const wanted = charset(text);
  if (working && [...wanted].every((c) => working?.chars.has(c))) return;
  const chars = charset(`${[...(working?.chars ?? [])].join('')}${wanted}`);
  const extra = fallbackChars(chars);
  const fallback = extra.length > 1 ? await subsetBoth(loadFullFonts(1), extra) : undefined;
  setWorking(chars, await subsetBoth(loadFullFonts(0), chars), fallback);
}

/** The working set, to hand to worker threads so they skip reading and subsetting the big fonts. */
export interface WorkingFonts {
  chars: string;
  regular: Uint8Array;
  bold: Uint8Array;
  fallback?: { regular: Uint8Array; bold: Uint8Array };
}

export function exportWorkingFonts(): WorkingFonts | undefined {
  if (!working) return undefined;
  const { main, fallback } = working;
  return {
    chars: [...working.chars].join(''),
    regular: main[400],
    bold: main[700],
    ...(fallback ? { fallback: { regular: fallback[400], bold: fallback[700] } } : {}),
  };
}

/** Use a working set prepared by another thread (buffers arrive as plain Uint8Arrays). */
export function adoptWorkingFonts(fonts: WorkingFonts): void {
  const asBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
  const fallback = fonts.fallback;
  setWorking(
    fonts.chars,
    { 400: asBuffer(fonts.regular), 700: asBuffer(fonts.bold) },
    fallback ? { 400: asBuffer(fallback.regular), 700: asBuffer(fallback.bold) } : undefined,
  );
}

/**
 * Fonts covering `text`: the build's working set (`build`), or subset to exactly the characters of `text`
 * and the space (`poster`, cached by character set).
 */
export async function fontsFor(text: string, scope: SubsetScope = 'build'): Promise<SatoriFont[]> {
  const key = charset(text);
  await prepareFonts(key);
  if (!working) throw new Error('font working set missing');
  if (scope === 'build') return working.satori;
  const cached = perPoster.get(key);
  if (cached) return cached;
  const extra = fallbackChars(key);
  const fallback =
    working.fallback && extra.length > 1 ? await subsetBoth(working.fallback, extra) : undefined;
  const fonts = satoriFonts(await subsetBoth(working.main, key), fallback);
  if (perPoster.size >= PER_POSTER_LIMIT) perPoster.clear();
  perPoster.set(key, fonts);
  return fonts;
}
