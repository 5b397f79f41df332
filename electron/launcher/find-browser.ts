import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES: Record<string, string[]> = {
  linux: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'],
  win32: [
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
};

/** An installed Chromium-family browser to show the station in an app window, or null. */
export function findChromiumBrowser(env = process.env, platform = process.platform): string | null {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  for (const candidate of CANDIDATES[platform] ?? []) {
    const paths = candidate.includes('/') || candidate.includes('\\') ? [candidate] : (env.PATH ?? '').split(delimiter).map((d) => join(d, candidate));
    for (const path of paths) {
      try { accessSync(path, constants.X_OK); return path; } catch { /* next */ }
    }
  }
  return null;
}
