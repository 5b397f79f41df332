import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import type { CallEnvelope } from '../../../shared/api/transport.ts';
import { electronMock } from '../../support/electron-mock.ts';
import { localPersonScreening, STATION_SETTINGS_FOR_TESTS } from '../../support/temp-station.ts';

// The desktop shell, run for real with only the `electron` module replaced: a packaged kiosk.
const electron = vi.hoisted(() => ({ mock: null as unknown as ReturnType<typeof electronMock> }));
vi.mock('electron', () => electron.mock.module);

let userData: string;
beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'electron-main-'));
  electron.mock = electronMock(userData, true);
  await import('../../../electron/main.ts');
  electron.mock.ready();
  await vi.waitFor(() => { if (electron.mock.windows.length === 0) throw new Error('no window yet'); });
});
afterAll(async () => {
  electron.mock.appEvents.emit('window-all-closed');
  await vi.waitFor(() => { if (electron.mock.calls.quit === 0) throw new Error('still closing'); });
  rmSync(userData, { recursive: true, force: true });
});

const mainWindow = () => electron.mock.windows[0]!;

describe('the packaged desktop kiosk', () => {
  it('has no application menu (no Reload, no Toggle Developer Tools)', () => {
    expect(electron.mock.calls.applicationMenu).toEqual([null]);
  });

  it('opens its window with developer tools off', () => {
    expect(mainWindow().options.webPreferences).toMatchObject({ devTools: false, contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('swallows the DevTools and reload keys before the page or Chromium see them', () => {
    const press = (input: object) => {
      const event = { prevented: false, preventDefault() { this.prevented = true; } };
      mainWindow().webContents.emit('before-input-event', event, { type: 'keyDown', control: false, meta: false, shift: false, alt: false, ...input });
      return event.prevented;
    };
    expect(press({ key: 'F12' })).toBe(true);
    expect(press({ key: 'I', control: true, shift: true })).toBe(true);
    expect(press({ key: 'r', control: true })).toBe(true);
    expect(press({ key: '3' })).toBe(false);
    expect(press({ key: 'Enter' })).toBe(false);
  });
});

/** The renderer's side of IPC: a call as the app's own frame. */
const invoke = (channel: string, ...args: unknown[]) =>
  electron.mock.ipcHandlers.get(channel)!({ senderFrame: { url: 'app://station/index.html' } }, ...args) as Promise<CallEnvelope>;
async function call(method: string, input: unknown, session: string | null = null): Promise<unknown> {
  const envelope = await invoke(`station:${method}`, input, session);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value;
}

describe('the desktop station', () => {
  let supervisor: string;
  beforeAll(async () => {
    supervisor = ((await call('setup', { settings: STATION_SETTINGS_FOR_TESTS, supervisor: { name: '王芳', pin: '246813' } })) as { token: string }).token;
  });

  it('keeps its signing key sealed by the OS keyring (safeStorage), never as plain PKCS#8 in the database', async () => {
    await call('signingKey', {}, supervisor);
    const db = new BetterSqlite3(join(userData, 'station.db'), { readonly: true });
    const stored = (db.prepare('SELECT private_key FROM station_keys').get() as { private_key: string }).private_key;
    db.close();
    expect(stored).toMatch(/^sealed:safeStorage:/);
    expect(Buffer.from(stored.split(':')[2]!, 'base64').subarray(0, 3).toString()).toBe('v10'); // what the keyring returned
  });

  it('pushes record notices to its window only after the page names a signed-in session', async () => {
    const sent = mainWindow().webContents.sent;
    await call('recordScreening', localPersonScreening('张三'), supervisor);
    expect(sent).toEqual([]);
    await invoke('station:event-session', supervisor);
    await call('recordScreening', localPersonScreening('张三'), supervisor);
    expect(sent.map(([, name]) => name)).toEqual(['eventRecorded']);
    expect(JSON.stringify(sent)).not.toMatch(/张三|450203199001011233|13800001111/);
  });
});
