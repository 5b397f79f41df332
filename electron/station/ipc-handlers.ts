import { ApiError, methodNames } from '../../shared/api/contract.ts';
import { ipcChannel, IPC_EVENT_CHANNEL, IPC_EVENT_SESSION_CHANNEL, type CallEnvelope } from '../../shared/api/transport.ts';
import { sessionFeed } from './event-feed.ts';
import type { Station } from './station.ts';

/** The slice of Electron's ipcMain this needs; main passes the real one. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<CallEnvelope | void>): void;
}

/**
 * One IPC handler per contract method, generated from the contract. Calls from any frame but
 * the app's own are refused; errors travel as data, since Electron would mangle thrown ones.
 */
export function registerIpcHandlers(ipc: IpcMainLike, station: Station, isTrustedFrame: (url: string | undefined) => boolean): void {
  for (const method of methodNames) {
    ipc.handle(ipcChannel(method), async (event, input, session) => {
      if (!isTrustedFrame(event.senderFrame?.url)) return { ok: false, error: new ApiError('forbidden', 'untrusted frame', [], 'untrusted-caller').toBody().error };
      try {
        return { ok: true, value: await station.call(method, input, typeof session === 'string' ? session : null) };
      } catch (err) {
        return { ok: false, error: (err as ApiError).toBody().error };
      }
    });
  }
}

/**
 * Forwards pushed events to the window while the session it named (from the app frame only) is
 * signed in; before sign-in and after sign-out it gets none. Returns the unsubscribe.
 */
export function forwardPushedEvents(ipc: IpcMainLike, station: Station, isTrustedFrame: (url: string | undefined) => boolean,
  send: (channel: string, name: string, data: unknown) => void): () => void {
  let session: string | null = null;
  ipc.handle(IPC_EVENT_SESSION_CHANNEL, async (event, given) => {
    if (isTrustedFrame(event.senderFrame?.url)) session = typeof given === 'string' ? given : null;
  });
  return sessionFeed(station, () => session, (name, data) => send(IPC_EVENT_CHANNEL, name, data));
}
