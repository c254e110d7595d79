/**
 * An HTTP proxy for end-to-end tests that records every request the browser makes through it
 * and forwards only those to the local fixture server. Chromium sends all its traffic here with
 * `--proxy-server` and, with `--proxy-bypass-list=<-loopback>`, even requests to 127.0.0.1 —
 * so nothing the extension fetched, from any context, goes unseen.
 */
import { createServer, request as forward, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The absolute URL, or `host:port` for a CONNECT (HTTPS or WebSocket tunnel). */
  url: string;
  headers: IncomingHttpHeaders;
}

export interface RecordingProxy {
  /** Chromium flags that route every request through the proxy. */
  args: string[];
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts the proxy; requests to the allowed origin(s) are forwarded, all others answered with 403. */
export async function startRecordingProxy(
  allowedOrigin: () => string | readonly string[],
): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    const url = incoming.url ?? '';
    requests.push({ method: incoming.method ?? '', url, headers: incoming.headers });
    const target = URL.canParse(url) ? new URL(url) : undefined;
    const allowed = ([] as string[]).concat(allowedOrigin()).map((o) => new URL(o).origin);
    if (!target || !allowed.includes(target.origin)) {
      outgoing.writeHead(403).end('Not reachable from the test browser');
      return;
    }
    const upstream = forward(target, { method: incoming.method, headers: incoming.headers }, (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers);
      // A server stopped mid-answer (the sync tests stop one) cuts the browser's connection too.
      response.on('error', () => outgoing.destroy());
      response.pipe(outgoing);
    });
    upstream.on('error', () => (outgoing.headersSent ? outgoing.destroy() : outgoing.writeHead(502).end()));
    incoming.pipe(upstream);
  });
  server.on('connect', (incoming, socket) => {
    requests.push({ method: 'CONNECT', url: incoming.url ?? '', headers: incoming.headers });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    args: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
