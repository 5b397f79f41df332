// `npm start`: the desktop app when Electron's binary is present; otherwise the same station
// in browser-kiosk mode (the local web bridge in a Chromium app window), never a silent failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir, defaultDbPath } from '../cli/data-dir.ts';
import { serveStation } from '../cli/commands/serve.ts';
import { electronBinary } from './electron-binary.ts';
import { electronSqliteBinding } from './electron-native.ts';
import { findChromiumBrowser } from './find-browser.ts';
import { openKioskBrowser } from './kiosk-browser.ts';
import { ensureUiBuilt } from './ui-build.ts';

// Every file the station and its browser write (records, logs, the browser profile) is for this account only.
process.umask(0o077);

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { kiosk: { type: 'boolean', default: false }, db: { type: 'string' }, browser: { type: 'boolean', default: false } } });

function run(cmd: string, args: string[]): void {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

await ensureUiBuilt((line) => console.log(line));

const electron = values.browser ? null : await electronBinary();
if (electron) {
  console.log(`Starting the Checkpoint Station desktop app (${electron}).`);
  run('npx', ['tsx', 'electron/launcher/build-electron.ts']);
  electronSqliteBinding(root);
  const child = spawn(electron, [root, ...(values.kiosk ? ['--kiosk'] : [])], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(values.browser
    ? 'Browser-kiosk mode requested: starting the station with its local web bridge.'
    : "Electron's program file is not installed and could not be downloaded here, so Checkpoint Station starts in browser-kiosk mode: the same station, shown in a Chromium app window.");
  const dbPath = resolve(values.db ?? defaultDbPath());
  const running = await serveStation(dbPath, 0, (line) => console.log(line));
  console.log(`Station database: ${dbPath}`);
  const browser = findChromiumBrowser();
  const shutdown = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  if (!browser) {
    console.log(`Checkpoint Station ready: ${running.url}`);
    console.log('No Chromium or Chrome was found: open the address above in a browser on this PC. Ctrl+C stops the station.');
  } else {
    console.log(`Checkpoint Station ready: ${running.origin}`);
    console.log(`Opening it in ${browser}. Closing that window stops the station.`);
    const child = openKioskBrowser(browser, running.oneTimeUrl(), { profile: join(defaultDataDir(), 'kiosk-browser'), kiosk: values.kiosk });
    child.on('error', () => console.log(`The browser could not be started: open ${running.url} yourself.`));
    child.on('exit', shutdown);
  }
}
