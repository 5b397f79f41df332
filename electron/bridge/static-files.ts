import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { withContentSecurityPolicy } from '../station/content-security-policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg', '.wav': 'audio/wav', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

export type StaticFile = { status: 200; file: string; headers: Record<string, string> } | { status: 403 | 503; message: string };

/**
 * The built renderer's file for a URL path, with the headers every window onto the UI gets
 * (CSP included). Unknown paths get index.html; nothing outside the folder is ever served.
 * Used by the web bridge and by Electron's app:// protocol alike.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile {
  let rel: string;
  try { rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, ''); } catch { return { status: 403, message: 'bad path' }; }
  let file = join(root, rel);
  if (!file.startsWith(root + sep) && file !== root) return { status: 403, message: 'outside the app' };
  if (!isFile(file)) file = join(root, 'index.html');
  if (!isFile(file)) return { status: 503, message: 'The UI is not built: run `npm run build`.' };
  return {
    status: 200, file,
    headers: withContentSecurityPolicy({
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    }),
  };
}

export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const found = resolveStaticFile(root, urlPath);
  if (found.status !== 200) { res.writeHead(found.status, { 'content-type': 'text/plain; charset=utf-8' }).end(found.message); return; }
  res.writeHead(200, found.headers);
  createReadStream(found.file).pipe(res);
}

function isFile(path: string): boolean {
  try { return statSync(path).isFile(); } catch { return false; }
}
