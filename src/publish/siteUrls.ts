// The list of every public URL in a build, written to /data/urls.json for the permalink check.

/** Build output that is no permanent URL: hashed assets and the search index change every build,
 * and host configuration files (_headers) are never served. */
const EPHEMERAL = [/^_astro\//, /^pagefind\//, /^data\/urls\.json$/, /^_headers$/, /^_redirects$/];

export interface UrlList {
  schema: number;
  /** Every public URL path, sorted: pages as `/x/`, other files as `/x.ext`. */
  urls: string[];
}

/** Output file path (relative, `/`-separated) → public URL, or undefined for ephemeral files. */
export function urlOfFile(file: string): string | undefined {
  if (EPHEMERAL.some((re) => re.test(file))) return undefined;
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Sorted, de-duplicated public URLs of a build's files. */
export function urlList(files: readonly string[]): UrlList {
  const urls = new Set<string>();
  for (const file of files) {
    const url = urlOfFile(file);
    if (url !== undefined) urls.add(url);
  }
  return { schema: 1, urls: [...urls].sort() };
}
