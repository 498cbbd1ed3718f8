// A tiny static server for a built site on 127.0.0.1 (ephemeral port), like a plain static host:
// `/x/` serves `x/index.html`, unknown paths get `404.html` with status 404. With a base path (`/xicun/`)
// the site is served only under it, as a district's host serves one street; everything else is a bare 404.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};

/** Content type for a file name; unknown extensions are served as bytes. */
export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin without trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (!file.startsWith(root + path.sep)) return undefined; // no escaping the site directory
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export interface ServeOptions {
  /** Path the site is published under, e.g. `/xicun/`; nothing is served outside it. Default `/`. */
  base?: string;
}

/** Serve `root` on 127.0.0.1 at an ephemeral port. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const dir = path.resolve(root);
  const base = options.base ?? '/';
  const server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!requested.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const urlPath = `/${requested.slice(base.length)}`;
    const found = req.method === 'GET' || req.method === 'HEAD' ? resolveFile(dir, urlPath) : undefined;
    const file = found ?? resolveFile(dir, '/404.html');
    const status = found === undefined ? 404 : 200;
    if (file === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(status, { 'content-type': contentType(file), 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
