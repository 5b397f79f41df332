import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'checkpoint-station';

/**
 * The per-user data folder: the same folder Electron's userData uses for this app, so the CLI,
 * the browser-kiosk mode and the desktop app all find the one station database by default.
 */
export function defaultDataDir(env = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_DIR_NAME);
}

export function defaultDbPath(): string {
  return join(defaultDataDir(), 'station.db');
}
