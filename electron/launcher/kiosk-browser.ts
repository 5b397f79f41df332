import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A browser profile of the station's own, with the translate bar off (the UI has both languages). */
function prepareKioskProfile(profile: string): void {
  const prefs = join(profile, 'Default', 'Preferences');
  if (existsSync(prefs)) return;
  mkdirSync(join(profile, 'Default'), { recursive: true, mode: 0o700 });
  writeFileSync(prefs, JSON.stringify({ translate: { enabled: false }, browser: { has_seen_welcome_page: true } }), { mode: 0o600 });
}

export interface KioskBrowserOptions { profile: string; kiosk: boolean }

/**
 * Opens the station UI in a Chromium-family browser as an app window. Its command line is
 * readable by every local account (`ps`), so the URL carries a one-time code, never the bridge
 * token: by the time anyone reads it, the page has spent it.
 */
export function openKioskBrowser(browser: string, oneTimeUrl: string, options: KioskBrowserOptions): ChildProcess {
  prepareKioskProfile(options.profile);
  const args = [
    `--app=${oneTimeUrl}`, `--user-data-dir=${options.profile}`,
    '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update',
    '--test-type', '--window-size=1280,800',
    ...(options.kiosk ? ['--kiosk'] : []),
    // Chromium refuses to run as root without this; a kiosk PC should not run as root at all.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  return spawn(browser, args, { stdio: 'ignore' });
}
