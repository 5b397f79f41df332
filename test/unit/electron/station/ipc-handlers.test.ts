import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methodNames } from '../../../../shared/api/contract.ts';
import { ipcChannel, IPC_EVENT_SESSION_CHANNEL, type CallEnvelope } from '../../../../shared/api/transport.ts';
import { isAppOrigin } from '../../../../electron/security/policy.ts';
import { forwardPushedEvents, registerIpcHandlers, type IpcMainLike } from '../../../../electron/station/ipc-handlers.ts';
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
    // (the event-session channel is registered by forwardPushedEvents, below)
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

describe('pushed events over IPC', () => {
  function forward() {
    const sent: { name: string; data: unknown }[] = [];
    const off = forwardPushedEvents(ipc, t.station, isAppOrigin, (_channel, name, data) => sent.push({ name, data }));
    const setSession = (frameUrl: string, session: string | null) =>
      ipc.handlers.get(IPC_EVENT_SESSION_CHANNEL)!({ senderFrame: { url: frameUrl } }, session);
    return { sent, off, setSession };
  }
  const record = () => t.station.call('recordScreening', localPersonScreening('张三'), t.staff);

  it('reach the window only while the session it named is signed in', async () => {
    const { sent, setSession } = forward();
    await record();
    expect(sent).toEqual([]);
    await setSession('app://station/index.html', t.staff);
    await record();
    expect(sent.map((s) => s.name)).toEqual(['eventRecorded']);
    await t.station.call('signOut', {}, t.staff);
    await record().catch(() => undefined);
    await t.station.call('recordScreening', localPersonScreening(), t.supervisor);
    expect(sent).toHaveLength(1);
  });

  it('ignore a session named by any other frame', async () => {
    const { sent, setSession } = forward();
    await setSession('https://evil.example/', t.staff);
    await record();
    expect(sent).toEqual([]);
  });

  it('carry no name, ID number or phone', async () => {
    const { sent, setSession } = forward();
    await setSession('app://station/index.html', t.staff);
    await record();
    const text = JSON.stringify(sent);
    for (const personal of ['张三', '450203199001011233', '13800001111']) expect(text).not.toContain(personal);
  });
});
