// The desktop shell: a hardened window onto the same station the CLI and bridge run.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveStaticFile } from './bridge/static-files.ts';
import { PDF_FOOTER } from './export/pdf-render.ts';
import type { KeySealer } from './export/station-key.ts';
import {
  APP_SCHEME, APP_URL, APPLICATION_MENU, devToolsAllowed, isAppOrigin, navigationAllowed, permissionAllowed, shortcutBlocked, windowOpenAction,
} from './security/policy.ts';
import { forwardPushedEvents, registerIpcHandlers } from './station/ipc-handlers.ts';
import { openStation } from './station/open-station.ts';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const kiosk = process.argv.includes('--kiosk');
const root = app.getAppPath();
const rendererDir = join(root, 'dist', 'renderer');

// Every file the app writes (database, backups, logs, exports) is for this account only.
process.umask(0o077);

if (!app.requestSingleInstanceLock()) app.quit();

// Every web contents, now or later: no navigation away, no new windows, no webviews.
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event, url) => { if (!navigationAllowed(url)) event.preventDefault(); });
  contents.on('will-redirect', (event, url) => { if (!navigationAllowed(url)) event.preventDefault(); });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenAction);
  contents.on('before-input-event', (event, input) => { if (shortcutBlocked(input)) event.preventDefault(); });
});

/** The 日报 PDF through Electron's own printToPDF, in a hidden window that runs no script. */
async function printToPdf(html: string): Promise<Buffer> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick',
      devTools: devToolsAllowed(app.isPackaged),
    },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await win.webContents.printToPDF({
      pageSize: 'A4', printBackground: true, preferCSSPageSize: true,
      displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: PDF_FOOTER,
    });
  } finally {
    win.destroy();
  }
}

/**
 * The station's signing key sealed with the OS keyring (DPAPI, Keychain, libsecret/kwallet),
 * so the database file alone, even copied off with its 0600 mode ignored, cannot sign bundles.
 * Where no keyring is available the key stays as the CLI keeps it, in the owner-only database.
 */
function keyringSealer(): KeySealer | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    name: 'safeStorage',
    seal: (secret) => safeStorage.encryptString(secret.toString('base64')).toString('base64'),
    unseal: (sealed) => Buffer.from(safeStorage.decryptString(Buffer.from(sealed, 'base64')), 'base64'),
  };
}

void app.whenReady().then(async () => {
  Menu.setApplicationMenu(APPLICATION_MENU);
  const station = await openStation({
    dbPath: join(app.getPath('userData'), 'station.db'),
    // Unpackaged runs load better-sqlite3 built for Electron's ABI (npm run build:electron),
    // so node_modules keeps the Node build that tests and the CLI use.
    ...(app.isPackaged ? {} : { nativeBinding: join(root, '.cache', 'electron-native', 'better_sqlite3.node') }),
    renderPdf: printToPdf,
    keySealer: keyringSealer(),
  });

  protocol.handle(APP_SCHEME, async (request) => {
    const found = resolveStaticFile(rendererDir, new URL(request.url).pathname);
    if (found.status !== 200) return new Response(found.message, { status: found.status });
    return new Response(await readFile(found.file), { headers: found.headers });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes ?? [] : [];
    callback(permissionAllowed(permission, details.requestingUrl, mediaTypes));
  });
  session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    permissionAllowed(permission, requestingOrigin, details.mediaType ? [details.mediaType] : ['video']));

  registerIpcHandlers(ipcMain, station, isAppOrigin);

  const win = new BrowserWindow({
    width: 1280, height: 800, minWidth: 1024, minHeight: 700, kiosk, fullscreen: kiosk, show: false,
    title: '卡点登记站 Checkpoint Station', autoHideMenuBar: true,
    webPreferences: {
      // Reviewed (electronegativity asks for a manual review of every preload): it runs
      // sandboxed and exposes only the contract's named methods, never ipcRenderer.
      preload: join(import.meta.dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true,
      allowRunningInsecureContent: false, experimentalFeatures: false, spellcheck: false,
      // Middle-click (auxclick) could open links in new windows; the kiosk has no use for it.
      disableBlinkFeatures: 'Auxclick',
      devTools: devToolsAllowed(app.isPackaged),
    },
  });
  const stopForwarding = forwardPushedEvents(ipcMain, station, isAppOrigin, (channel, name, data) => win.webContents.send(channel, name, data));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_URL);

  app.on('second-instance', () => { if (win.isMinimized()) win.restore(); win.focus(); });
  app.on('window-all-closed', () => {
    stopForwarding();
    void station.close().finally(() => app.quit());
  });
}).catch((err: unknown) => {
  // Never a blank window: a station that cannot start says why (a damaged database does not
  // get here; it starts in recovery and shows its recovery screen).
  dialog.showErrorBox('卡点登记站 Checkpoint Station', `The station could not start: ${err instanceof Error ? err.message : String(err)}`);
  app.quit();
});
