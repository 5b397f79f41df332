import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods, type MethodName } from '../../../../shared/api/contract.ts';
import { startBridge, type Bridge } from '../../../../electron/bridge/server.ts';
import { isAppOrigin } from '../../../../electron/security/policy.ts';
import { registerIpcHandlers, type IpcMainLike } from '../../../../electron/station/ipc-handlers.ts';
import { tempStation, type TempStation } from '../../../support/temp-station.ts';

type Listener = Parameters<IpcMainLike['handle']>[1];
const supervisorMethods = (Object.keys(methods) as MethodName[]).filter((m) => methods[m].role === 'supervisor');

let t: TempStation;
let bridge: Bridge;
const ipcHandlers = new Map<string, Listener>();
// One station for the file: every call here is refused before it reads its input, so none changes it.
beforeAll(async () => {
  t = await tempStation();
  bridge = await startBridge({ station: t.station, staticDir: t.dir });
  registerIpcHandlers({ handle: (channel, listener) => { ipcHandlers.set(channel, listener); } }, t.station, isAppOrigin);
});
afterAll(async () => { await bridge.close(); await t.close(); });

/**
 * Every method the contract marks supervisor-only, now and in future (the list comes from the
 * contract), is refused to a staff session on both transports before its input is even read.
 */
describe('supervisor-only methods, called with a staff session', () => {
  it('are found in the contract', () => {
    expect(supervisorMethods).toEqual(expect.arrayContaining(['addStaff', 'backupNow', 'restoreBackup', 'purgeRecords', 'updateMaintenanceSettings']));
  });

  it.each(supervisorMethods)('%s is refused over the web bridge (403) and over IPC', async (method) => {
    const res = await fetch(`${bridge.origin}/api/${method}`, {
      method: 'POST', body: '{}',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bridge.token}`, 'x-station-session': t.staff },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });

    const envelope = await ipcHandlers.get(`station:${method}`)!({ senderFrame: { url: 'app://station/index.html' } }, {}, t.staff);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('and refused with no session at all', async () => {
    for (const method of supervisorMethods) {
      await expect(t.station.call(method, {}, null)).rejects.toMatchObject({ code: 'unauthenticated' });
    }
  });
});
