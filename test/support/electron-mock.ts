import { EventEmitter } from 'node:events';

export const SEAL_MARK = Buffer.from('v10');

/**
 * A stand-in for the `electron` module (the one thing tests may mock): it records what the
 * desktop shell asks of Electron, so `electron/main.ts` runs for real against a real station.
 */
export function electronMock(userData: string, packaged: boolean) {
  const appEvents = new EventEmitter();
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => { ready = resolve; });
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const calls = { applicationMenu: [] as unknown[], quit: 0 };

  class FakeWebContents extends EventEmitter {
    readonly sent: unknown[][] = [];
    readonly id = windows.length + 1;
    send(...args: unknown[]) { this.sent.push(args); }
    setWindowOpenHandler() { /* policy tested on its own */ }
    isDestroyed() { return false; }
  }
  class FakeWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      super();
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    loadURL() { return Promise.resolve(); }
    show() { /* nothing to show */ }
    isMinimized() { return false; }
    destroy() { /* nothing held */ }
  }

  const module = {
    app: {
      isPackaged: packaged,
      getAppPath: () => userData,
      getPath: () => userData,
      requestSingleInstanceLock: () => true,
      quit: () => { calls.quit++; },
      on: (name: string, listener: (...args: unknown[]) => void) => appEvents.on(name, listener),
      whenReady: () => whenReady,
    },
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: () => undefined },
    ipcMain: { handle: (channel: string, listener: (...args: unknown[]) => unknown) => { ipcHandlers.set(channel, listener); } },
    Menu: { setApplicationMenu: (menu: unknown) => { calls.applicationMenu.push(menu); } },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    session: { defaultSession: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined } },
    // Stands in for the OS keyring: reversible here, but never the plain text.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.concat([SEAL_MARK, Buffer.from(plain).map((b) => b ^ 0x5a)]),
      decryptString: (blob: Buffer) => {
        if (!blob.subarray(0, SEAL_MARK.length).equals(SEAL_MARK)) throw new Error('not sealed by this keyring');
        return Buffer.from(blob.subarray(SEAL_MARK.length).map((b) => b ^ 0x5a)).toString();
      },
    },
  };
  return { module, ready, appEvents, windows, ipcHandlers, calls };
}
