// The site's mark: the office's logo from the data directory (validated as plain drawing), or Gongshi's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Gongshi's mark: an elevator car between up and down arrows. */
export const DEFAULT_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#08519c"/><rect x="10" y="6" width="12" height="20" fill="none" stroke="#fff" stroke-width="2.5"/><path d="M16 9l-3 4h6zM16 23l-3-4h6z" fill="#fff"/></svg>';

/** SVG text of the logo report.json names in `theme.logo` under `dataDir`, or the default mark. */
export function logoSvg(dataDir: string, logo: string | undefined): string {
  return logo === undefined ? DEFAULT_LOGO : readFileSync(join(dataDir, logo), 'utf8');
}
