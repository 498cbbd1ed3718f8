// Which characters the posters can draw. Names and addresses end up on posters and share cards, so a
// character no poster font has is a data error, found by validate before any page is written.
// The font list lives here (the data layer) so validation and src/posters/font.ts agree on it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create as openFont } from 'fontkitten';

export interface PosterFontFamily {
  family: string;
  package: string;
  files: { 400: string; 700: string };
}

/**
 * Poster fonts in fallback order (both SIL OFL 1.1, from the same @expo-google-fonts family): Noto Sans SC,
 * then Noto Sans HK for what SC lacks — the HKSCS characters of Cantonese place names such as 𨋢 (CJK Extension B).
 */
export const POSTER_FONTS: readonly [main: PosterFontFamily, fallback: PosterFontFamily] = [
  {
    family: 'Noto Sans SC',
    package: '@expo-google-fonts/noto-sans-sc',
    files: { 400: '400Regular/NotoSansSC_400Regular.ttf', 700: '700Bold/NotoSansSC_700Bold.ttf' },
  },
  {
    family: 'Noto Sans HK',
    package: '@expo-google-fonts/noto-sans-hk',
    files: { 400: '400Regular/NotoSansHK_400Regular.ttf', 700: '700Bold/NotoSansHK_700Bold.ttf' },
  },
];

const require = createRequire(import.meta.url);

/** Absolute path of one font file. */
export function posterFontFile(font: PosterFontFamily, weight: 400 | 700): string {
  return require.resolve(`${font.package}/${font.files[weight]}`);
}

/** Code points each family draws (from the regular weight's cmap; the bold weights have the same). */
let coverage: ReadonlyArray<ReadonlySet<number>> | undefined;
function fontCoverage(): ReadonlyArray<ReadonlySet<number>> {
  coverage ??= POSTER_FONTS.map((f) => {
    const font = openFont(readFileSync(posterFontFile(f, 400)));
    if (!('characterSet' in font)) throw new Error(`${f.family}: expected one font, found a collection`);
    return new Set(font.characterSet);
  });
  return coverage;
}

/** Index into POSTER_FONTS of the first family that draws `char`, or -1. */
export function fontFor(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  return fontCoverage().findIndex((set) => set.has(cp));
}

/** Characters that need no lookup: tab, newline and printable ASCII (every poster font has them). */
const PLAIN = /^[\t\n\x20-\x7e]*$/;
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Presentation}|\p{Regional_Indicator}/u;

export interface MissingGlyph {
  /** UTF-16 offset in the text. */
  index: number;
  char: string;
  emoji: boolean;
}

/** Every character of `text` that no poster font draws (tab and newline are layout, not glyphs). */
export function missingGlyphs(text: string): MissingGlyph[] {
  if (PLAIN.test(text)) return [];
  const missing: MissingGlyph[] = [];
  let index = 0;
  for (const char of text) {
    if (char !== '\t' && char !== '\n' && fontFor(char) < 0) missing.push({ index, char, emoji: EMOJI.test(char) });
    index += char.length;
  }
  return missing;
}

/** True when some character of `text` is drawn only by a fallback font (the posters then load it). */
export function needsFallback(text: string): boolean {
  if (PLAIN.test(text)) return false;
  for (const char of new Set(text)) if (fontFor(char) > 0) return true;
  return false;
}
