import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { electronMock } from '../../support/electron-mock.ts';

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
