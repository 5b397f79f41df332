import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The bridge's doorman: a request must name this station's own host (no DNS rebinding), come
 * from its own origin when a browser says where it came from, and carry the per-launch token.
 */
export function checkRequest(req: IncomingMessage, port: number, token: string, tokenFromQuery: string | null):
  { ok: true } | { ok: false; status: 401 | 403; message: string } {
  const place = checkHostAndOrigin(req, port);
  if (!place.ok) return place;
  const auth = req.headers.authorization;
  const given = auth?.startsWith('Bearer ') ? auth.slice(7) : tokenFromQuery;
  if (!given || !sameSecret(given, token)) return { ok: false, status: 401, message: 'missing or wrong station token' };
  return { ok: true };
}

/** This station's own host (no DNS rebinding) and, when a browser names one, its own origin. */
export function checkHostAndOrigin(req: IncomingMessage, port: number): { ok: true } | { ok: false; status: 403; message: string } {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return { ok: false, status: 403, message: 'foreign Host' };
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) return { ok: false, status: 403, message: 'foreign Origin' };
  return { ok: true };
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
