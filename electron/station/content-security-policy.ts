/**
 * Sets the one CSP every window onto the UI gets (Electron's app:// and the web bridge): only
 * the app's own files, no inline script, nothing remote. wasm-unsafe-eval lets the bundled QR
 * decoder's WebAssembly run. Kept as one literal so security scanners can read and judge it.
 */
export function withContentSecurityPolicy(headers: Record<string, string>): Record<string, string> {
  headers['content-security-policy'] = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: mediastream:; connect-src 'self'; font-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
  return headers;
}
