// Content-Type and Cache-Control of every file a build publishes, by its path. The deploy sets them on
// object storage; docs/nginx/gongshi.conf sets the same on a server (a test compares the two).

/** Hashed names (a new build gives a changed file a new name): cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, feeds, latest downloads and anything a page loads under a fixed name: five minutes. */
export const SHORT = 'public, max-age=300';
/** A past month's snapshot download: never changes once published. */
export const DAY = 'public, max-age=86400';
/** Posters and cards: permanent URLs whose image changes when the building's progress does. */
export const HOUR = 'public, max-age=3600';

const UTF8 = '; charset=utf-8';
const TYPES: Record<string, string> = {
  html: `text/html${UTF8}`,
  css: `text/css${UTF8}`,
  js: `text/javascript${UTF8}`,
  json: `application/json${UTF8}`,
  csv: `text/csv${UTF8}`,
  xml: `application/xml${UTF8}`,
  txt: `text/plain${UTF8}`,
  webmanifest: `application/manifest+json${UTF8}`,
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  // Pagefind's index and its WebAssembly engine, gzip-compressed by Pagefind and unpacked by its script.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Files in dist/ that configure a host and are never uploaded as content. */
export const HOST_CONFIG_FILES = new Set(['_headers', '_redirects']);

/** Every extension the deploy knows, for the nginx `types` test. */
export const KNOWN_EXTENSIONS: readonly string[] = Object.keys(TYPES);

const HASHED = [
  /^_astro\//, // Vite names every bundled asset by its content hash
  /^pagefind\/.*\.pf_(meta|index|fragment|filter)$/, // Pagefind names its index chunks by hash
  /^photos\/[0-9a-f]{16}-\d+\.(avif|webp|jpg)$/, // photo variants are named by their photo's hash
  /^posters\/.*\.[0-9a-f]{8,64}\.png$/, // a poster whose name carries its hash (none today)
];
const PAST_SNAPSHOT = /^data\/snapshots\/\d{4}-\d{2}\.(csv|json)$/;
const IMAGE = /\.(png|jpe?g|webp|avif|svg|ico)$/;

export interface FileHeaders {
  contentType: string;
  cacheControl: string;
}

/** Whether a path (relative to dist/, `/`-separated) is a past month's snapshot download, kept forever. */
export function isSnapshotDownload(path: string): boolean {
  return PAST_SNAPSHOT.test(path);
}

/** Whether a path's name changes whenever its content does. */
export function isHashed(path: string): boolean {
  return HASHED.some((re) => re.test(path));
}

export function contentType(path: string): string | undefined {
  const ext = /\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : TYPES[ext];
}

export function cacheControl(path: string): string {
  if (isHashed(path)) return IMMUTABLE;
  if (isSnapshotDownload(path)) return DAY;
  if (IMAGE.test(path)) return HOUR;
  return SHORT;
}

/** Headers of one file; throws, naming the file, for a type the deploy does not know. */
export function headersFor(path: string): FileHeaders {
  const type = contentType(path);
  if (type === undefined) {
    throw new Error(
      `${path}: 不知道这种文件应以什么类型（Content-Type）发布；请在 scripts/deploy/headers.ts 和 docs/nginx/gongshi.conf 中加上它的扩展名`,
    );
  }
  return { contentType: type, cacheControl: cacheControl(path) };
}
