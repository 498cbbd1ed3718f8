// Switches for parts of the site built by other modules.

/** Show "下载海报" links; turn on when src/posters writes the PNGs at the URLs in urls.ts. */
export const postersEnabled = false;
