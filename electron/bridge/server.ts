import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, type ApiErrorCode } from '../../shared/api/contract.ts';
import { sessionFeed } from '../station/event-feed.ts';
import type { Station } from '../station/station.ts';
import { checkHostAndOrigin, checkRequest } from './guard.ts';
import { LaunchCodes } from './launch-codes.ts';
import { serveStatic } from './static-files.ts';

const MAX_BODY = 1 << 20;
export const LAUNCH_PATH = '/api/launch';
export const SESSION_HEADER = 'x-station-session';

const STATUS_OF: Record<ApiErrorCode, number> = {
  'bad-request': 400, unauthenticated: 401, forbidden: 403, 'not-found': 404, conflict: 409,
  locked: 423, storage: 507, internal: 500,
};

export interface BridgeOptions { station: Station; staticDir: string; port?: number; token?: string }
export interface Bridge {
  /** The UI with the bridge token in its fragment: for a person to open (printed), never a command line. */
  url: string;
  origin: string; port: number; token: string;
  /** The UI with a fresh one-time code instead: what may go on a command line, where `ps` shows it. */
  oneTimeUrl(): string;
  close(): Promise<void>;
}

/**
 * The station behind HTTP on 127.0.0.1 only: the built UI, `POST /api/<method>` for the
 * contract and `GET /api/events?token=…&session=…` (server-sent events) for pushed events,
 * which flow only while that session is signed in (an EventSource cannot send headers).
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Map<ServerResponse, () => void>();
  const launchCodes = new LaunchCodes();
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => { if (!res.headersSent) res.writeHead(500).end(); else res.end(); });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, new ApiError('bad-request', 'method not allowed').toBody());
      return serveStatic(options.staticDir, url.pathname, res);
    }
    if (url.pathname === LAUNCH_PATH) return redeemLaunchCode(req, res);
    const verdict = checkRequest(req, port, token, url.pathname === '/api/events' ? url.searchParams.get('token') : null);
    if (!verdict.ok) return sendJson(res, verdict.status, new ApiError(verdict.status === 401 ? 'unauthenticated' : 'forbidden', verdict.message).toBody());
    if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(res, url.searchParams.get('session'));
    if (req.method !== 'POST') return sendJson(res, 405, new ApiError('bad-request', 'use POST').toBody());
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, new ApiError('bad-request', 'send application/json').toBody());
    }
    const body = await readBody(req);
    if (body === null) return sendJson(res, 413, new ApiError('bad-request', 'request body too large').toBody());
    let input: unknown;
    try { input = body.length ? JSON.parse(body) : {}; } catch {
      return sendJson(res, 400, new ApiError('bad-request', 'body is not valid JSON').toBody());
    }
    let method: string;
    try { method = decodeURIComponent(url.pathname.slice('/api/'.length)); } catch {
      return sendJson(res, 404, new ApiError('not-found', 'no such method').toBody()); // e.g. /api/%ff
    }
    const session = req.headers[SESSION_HEADER];
    try {
      const result = await options.station.call(method as never, input, typeof session === 'string' ? session : null);
      sendJson(res, 200, result);
    } catch (err) {
      const e = err as ApiError;
      sendJson(res, STATUS_OF[e.code] ?? 500, e.toBody());
    }
  }

  /** `POST /api/launch {code}` → `{token}` once per code; the page's way in from a one-time URL. */
  async function redeemLaunchCode(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const place = checkHostAndOrigin(req, port);
    if (!place.ok) return sendJson(res, place.status, new ApiError('forbidden', place.message).toBody());
    if (req.method !== 'POST') return sendJson(res, 405, new ApiError('bad-request', 'use POST').toBody());
    const body = await readBody(req);
    let code: unknown;
    try { code = (JSON.parse(body ?? '') as { code?: unknown }).code; } catch { /* below */ }
    if (typeof code !== 'string' || !launchCodes.redeem(code)) {
      return sendJson(res, 401, new ApiError('unauthenticated', 'this launch code is used up or unknown: start the station again').toBody());
    }
    sendJson(res, 200, { token });
  }

  /** Opens even without a session (the page shows the station as reachable), but carries nothing then. */
  function openEventStream(res: ServerResponse, session: string | null): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.set(res, sessionFeed(options.station, () => session, (name, data) => res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`)));
    res.on('close', () => { streams.get(res)?.(); streams.delete(res); });
  }

  const keepAlive = setInterval(() => { for (const s of streams.keys()) s.write(': ping\n\n'); }, 15_000);

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => {
      // A port already taken: nothing may stay behind to keep the process alive.
      clearInterval(keepAlive);
      reject(err);
    });
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin, port, token,
    url: `${origin}/#token=${token}`,
    oneTimeUrl: () => `${origin}/#code=${launchCodes.issue()}`,
    close: () => new Promise<void>((resolve) => {
      clearInterval(keepAlive);
      for (const [s, off] of streams) { off(); s.end(); }
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the client still gets its 413.
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
