/** A small static file server on 127.0.0.1 for fixture and demo pages. */
import { createServer, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:43121/`. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Pages generated in memory, by path ("/" or "/demo.html"); they win over files. */
  pages?: Record<string, string>;
  /** Extra response headers for a path, e.g. a Content-Security-Policy for one fixture. */
  headers?: Record<string, Record<string, string>>;
}

/** Serves `root` (and any in-memory pages) on a random port of 127.0.0.1. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    void respond(root, path, options, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function respond(root: string, path: string, options: ServeOptions, response: ServerResponse) {
  const extra = options.headers?.[path] ?? {};
  if (path === '/favicon.ico') {
    // Browsers ask for it on every page; an empty answer keeps 404s out of console-error checks.
    response.writeHead(204).end();
    return;
  }
  const page = options.pages?.[path];
  if (page !== undefined) {
    response.writeHead(200, { 'content-type': types['.html'], ...extra });
    response.end(page);
    return;
  }
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(normalize(root) + sep)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...extra });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': types['.txt'] }).end('not found');
  }
}
