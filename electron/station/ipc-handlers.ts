import { ApiError, methodNames, pushedEventNames } from '../../shared/api/contract.ts';
import { ipcChannel, IPC_EVENT_CHANNEL, type CallEnvelope } from '../../shared/api/transport.ts';
import type { Station } from './station.ts';

/** The slice of Electron's ipcMain this needs; main passes the real one. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<CallEnvelope>): void;
}

/**
 * One IPC handler per contract method, generated from the contract. Calls from any frame but
 * the app's own are refused; errors travel as data, since Electron would mangle thrown ones.
 */
export function registerIpcHandlers(ipc: IpcMainLike, station: Station, isTrustedFrame: (url: string | undefined) => boolean): void {
  for (const method of methodNames) {
    ipc.handle(ipcChannel(method), async (event, input, session) => {
      if (!isTrustedFrame(event.senderFrame?.url)) return { ok: false, error: new ApiError('forbidden', 'untrusted frame').toBody().error };
      try {
        return { ok: true, value: await station.call(method, input, typeof session === 'string' ? session : null) };
      } catch (err) {
        return { ok: false, error: (err as ApiError).toBody().error };
      }
    });
  }
}

/** Forwards every pushed event to the window; returns the unsubscribe. */
export function forwardPushedEvents(station: Station, send: (channel: string, name: string, data: unknown) => void): () => void {
  const offs = pushedEventNames.map((name) => station.bus.on(name, (data) => send(IPC_EVENT_CHANNEL, name, data)));
  return () => offs.forEach((off) => off());
}
