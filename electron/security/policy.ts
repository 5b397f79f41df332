/**
 * The desktop shell's security policy as plain functions, so it is unit-tested here even
 * though no Electron binary runs here. Deny by default: the only origin trusted with anything
 * is the app's own, and the only thing it may ask for is the camera (QR scanning).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'station';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

export function isAppOrigin(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Media requests name what they want; only video (the camera) is allowed, never the microphone. */
export function permissionAllowed(permission: string, requestingUrl: string | undefined, mediaTypes: readonly string[] = ['video']): boolean {
  if (permission !== 'media' || !isAppOrigin(requestingUrl)) return false;
  return mediaTypes.length > 0 && mediaTypes.every((t) => t === 'video');
}

/** The window never leaves the app: no link, redirect or script can navigate it elsewhere. */
export function navigationAllowed(url: string): boolean {
  return isAppOrigin(url);
}

/** No new windows, ever (links to the outside world have no place on a checkpoint kiosk). */
export function windowOpenAction(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * The kiosk has no application menu: Electron's default one carries Reload, Force Reload and
 * Toggle Developer Tools (Ctrl+Shift+I), each a way out of the screening screens.
 */
export const APPLICATION_MENU = null;

/** Developer tools exist only in a development run; a packaged kiosk has none at all. */
export function devToolsAllowed(packaged: boolean): boolean {
  return !packaged;
}

export interface KeyInput { type: string; key: string; control: boolean; meta: boolean; shift: boolean; alt: boolean }

/**
 * Keys Chromium itself would act on even without a menu: DevTools (F12, Ctrl/Cmd+Shift+I/J/C,
 * Cmd+Alt+I) and reloads (F5, Ctrl/Cmd+R), which would drop a half-typed record.
 */
export function shortcutBlocked(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toUpperCase();
  if (key === 'F12' || key === 'F5') return true;
  const command = input.control || input.meta;
  if (command && (input.shift || input.alt) && ['I', 'J', 'C'].includes(key)) return true;
  return command && key === 'R';
}
