import type { ApiErrorBody, MethodInput, MethodName, PushedEventName } from './contract.ts';

/** What a transport hands back for a call: the result, or the station's error body. */
export type CallEnvelope = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody['error'] };

/** IPC channel names, derived from the contract so main and preload cannot drift apart. */
export const ipcChannel = (method: MethodName) => `station:${method}`;
export const IPC_EVENT_CHANNEL = 'station:event';
/** The renderer names its session here; pushed events flow to it only while that session is signed in. */
export const IPC_EVENT_SESSION_CHANNEL = 'station:event-session';

/**
 * `window.station` in Electron: one named function per contract method (generated from the
 * method list, never hand-written), plus a subscription to pushed events. No raw ipcRenderer.
 */
export type PreloadStation = {
  [M in MethodName]: (input: MethodInput<M>, session: string | null) => Promise<CallEnvelope>;
} & {
  subscribe(event: PushedEventName, listener: (data: unknown) => void): () => void;
  /** Which session pushed events are for (null: signed out, so none). */
  setEventSession(session: string | null): Promise<void>;
};
