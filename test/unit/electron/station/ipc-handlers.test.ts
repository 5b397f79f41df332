import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methodNames } from '../../../../shared/api/contract.ts';
import { ipcChannel, type CallEnvelope } from '../../../../shared/api/transport.ts';
import { isAppOrigin } from '../../../../electron/security/policy.ts';
import { registerIpcHandlers, type IpcMainLike } from '../../../../electron/station/ipc-handlers.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

type Listener = Parameters<IpcMainLike['handle']>[1];

/** Electron's ipcMain is the one true edge here: a map of channel → handler stands in for it. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return { handlers, handle: (channel: string, listener: Listener) => { handlers.set(channel, listener); } };
}

let t: TempStation;
let ipc: ReturnType<typeof fakeIpcMain>;
beforeEach(async () => {
  t = await tempStation();
  ipc = fakeIpcMain();
  registerIpcHandlers(ipc, t.station, isAppOrigin);
});
afterEach(async () => { await t.close(); });

const invoke = (method: string, frameUrl: string, ...args: unknown[]) =>
  ipc.handlers.get(`station:${method}`)!({ senderFrame: { url: frameUrl } }, ...args) as Promise<CallEnvelope>;

describe('IPC handlers', () => {
  it('exist for every contract method and no other', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
  });

  it('run the call for the app frame and return errors as data', async () => {
    await expect(invoke('recordScreening', 'app://station/index.html', localPersonScreening(), t.staff)).resolves.toMatchObject({ ok: true });
    await expect(invoke('updateSettings', 'app://station/index.html', { feverThresholdCelsius: 39 }, t.staff))
      .resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(invoke('recordScreening', 'app://station/index.html', { nonsense: true }, t.staff))
      .resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('refuse calls from any other frame', async () => {
    await expect(invoke('status', 'https://evil.example/')).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
