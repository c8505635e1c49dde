/**
 * A slow link in front of the test server: each HTML page arrives in small pieces with a pause
 * after each, the way a phone on a weak connection receives it, so the browser parses and may
 * paint a page that is only partly there. Everything else passes through at once. Headers
 * (the Content-Security-Policy among them) are the server's own.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowLinkOptions {
  /** Bytes per piece over the first `fineBytes` of a page. */
  pieceBytes: number;
  /** How much of each page comes in small pieces; the rest comes in pieces of 16 KB. */
  fineBytes: number;
  /** Pause after each piece, in ms: more than a frame (16.7 ms), so the browser can paint between pieces. */
  pauseMs: number;
}

/** Starts the slow link on 127.0.0.1 in front of `upstream`; resolves to its address and a `close()`. */
export async function startSlowLink(upstream: string, options: SlowLinkOptions) {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const r = await fetch(upstream + (req.url ?? '/'), { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' });
      const headers = [...r.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name));
      res.writeHead(r.status, Object.fromEntries(headers));
      const body = Buffer.from(await r.arrayBuffer());
      if (!(r.headers.get('content-type') ?? '').startsWith('text/html')) {
        res.end(body);
        return;
      }
      for (let at = 0; at < body.length;) {
        const next = Math.min(body.length, at < options.fineBytes ? at + options.pieceBytes : at + 16_384);
        res.write(body.subarray(at, next));
        at = next;
        await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
      }
      res.end();
    })().catch((error: unknown) => res.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
