// Noto Sans SC (SIL OFL 1.1), read from node_modules at build time and subset per poster.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

export const FONT_FAMILY = 'Noto Sans SC';

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const require = createRequire(import.meta.url);
const WEIGHTS = {
  400: '400Regular/NotoSansSC_400Regular.ttf',
  700: '700Bold/NotoSansSC_700Bold.ttf',
} as const;
type Weight = keyof typeof WEIGHTS;

/** Absolute paths of the TTF files (plain TrueType: satori reads neither WOFF2 nor TTC). */
export function fontFiles(): Record<Weight, string> {
  return {
    400: require.resolve(`@expo-google-fonts/noto-sans-sc/${WEIGHTS[400]}`),
    700: require.resolve(`@expo-google-fonts/noto-sans-sc/${WEIGHTS[700]}`),
  };
}

let fullFonts: Record<Weight, Buffer> | undefined;
function loadFullFonts(): Record<Weight, Buffer> {
  if (!fullFonts) {
    const files = fontFiles();
    fullFonts = { 400: readFileSync(files[400]), 700: readFileSync(files[700]) };
  }
  return fullFonts;
}

/** sha256 of both font files, part of every poster's cache key. */
export function fontHash(): string {
  const hash = createHash('sha256');
  const fonts = loadFullFonts();
  hash.update(fonts[400]).update(fonts[700]);
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

let working: { chars: Set<string>; fonts: Record<Weight, Buffer>; satori: SatoriFont[] } | undefined;
const perPoster = new Map<string, SatoriFont[]>();
const PER_POSTER_LIMIT = 512;

function satoriFonts(fonts: Record<Weight, Buffer>): SatoriFont[] {
  return [
    { name: FONT_FAMILY, data: fonts[400], weight: 400, style: 'normal' },
    { name: FONT_FAMILY, data: fonts[700], weight: 700, style: 'normal' },
  ];
}

async function subsetBoth(from: Record<Weight, Buffer>, chars: string): Promise<Record<Weight, Buffer>> {
  const [regular, bold] = await Promise.all([
    subsetFont(from[400], chars, { targetFormat: 'truetype' }),
    subsetFont(from[700], chars, { targetFormat: 'truetype' }),
  ]);
  return { 400: regular, 700: bold };
}

function setWorking(chars: string, fonts: Record<Weight, Buffer>): void {
  working = { chars: new Set(chars), fonts, satori: satoriFonts(fonts) };
}

/** Make sure the working set covers `text` (pass all posters' text up front to subset the big fonts once). */
export async function prepareFonts(text: string): Promise<void> {
  const wanted = charset(text);
  if (working && [...wanted].every((c) => working?.chars.has(c))) return;
  const chars = charset(`${[...(working?.chars ?? [])].join('')}${wanted}`);
  setWorking(chars, await subsetBoth(loadFullFonts(), chars));
}

/** The working set, to hand to worker threads so they skip reading and subsetting the big fonts. */
export interface WorkingFonts {
  chars: string;
  regular: Uint8Array;
  bold: Uint8Array;
}

export function exportWorkingFonts(): WorkingFonts | undefined {
  if (!working) return undefined;
  return { chars: [...working.chars].join(''), regular: working.fonts[400], bold: working.fonts[700] };
}

/** Use a working set prepared by another thread (buffers arrive as plain Uint8Arrays). */
export function adoptWorkingFonts(fonts: WorkingFonts): void {
  const asBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
  setWorking(fonts.chars, { 400: asBuffer(fonts.regular), 700: asBuffer(fonts.bold) });
}

/**
 * Regular and bold fonts covering `text`: the build's working set (`build`), or subset to exactly the
 * characters of `text` and the space (`poster`, cached by character set).
 */
export async function fontsFor(text: string, scope: SubsetScope = 'build'): Promise<SatoriFont[]> {
  const key = charset(text);
  await prepareFonts(key);
  if (!working) throw new Error('font working set missing');
  if (scope === 'build') return working.satori;
  const cached = perPoster.get(key);
  if (cached) return cached;
  const fonts = satoriFonts(await subsetBoth(working.fonts, key));
  if (perPoster.size >= PER_POSTER_LIMIT) perPoster.clear();
  perPoster.set(key, fonts);
  return fonts;
}
