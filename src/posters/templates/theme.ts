// Colours and the scale of a poster family. Print is black on white for photocopiers and old eyes.

export interface Theme {
  /** Multiplier for every size: 1 for 1080 px wide posters. */
  scale: number;
  paper: string;
  ink: string;
  muted: string;
  brand: string;
  onBrand: string;
  track: string;
  tile: string;
  warning: string;
  onWarning: string;
  /** Header band: a solid brand block on screens; on paper a white header over a rule (saves toner). */
  headerBg: string;
  headerInk: string;
  headerRule: string | undefined;
  /** Extra size for list and step text: 1 on screens, larger on a notice read from two metres. */
  textScale: number;
}

/** The screen theme in the site's accent (header band, rules, brand text). */
export function screenTheme(accent: string): Theme {
  return { ...SCREEN, brand: accent, headerBg: accent };
}

export const SCREEN: Theme = {
  scale: 1,
  paper: '#fbf7ef',
  ink: '#1b1b1b',
  muted: '#5a5148',
  brand: '#a4161a',
  onBrand: '#ffffff',
  track: '#eadfd2',
  tile: '#ffffff',
  warning: '#ffd84d',
  onWarning: '#1b1b1b',
  headerBg: '#a4161a',
  headerInk: '#ffffff',
  headerRule: undefined,
  textScale: 1,
};

export const PRINT: Theme = {
  scale: 2480 / 1080,
  paper: '#ffffff',
  ink: '#000000',
  muted: '#000000',
  brand: '#000000',
  onBrand: '#ffffff',
  track: '#c8c8c8',
  tile: '#ffffff',
  warning: '#ffffff',
  onWarning: '#000000',
  headerBg: '#ffffff',
  headerInk: '#000000',
  headerRule: '#000000',
  textScale: 1.25,
};
