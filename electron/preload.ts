// Sandboxed preload: exposes one named function per contract method, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
// The names only: importing the contract would bundle zod into the preload.
import { METHOD_NAMES } from '../shared/api/method-names.ts';
import { ipcChannel, IPC_EVENT_CHANNEL, IPC_EVENT_SESSION_CHANNEL, type PreloadStation } from '../shared/api/transport.ts';

const methods = Object.fromEntries(
  METHOD_NAMES.map((m) => [m, (input: unknown, session: string | null) => ipcRenderer.invoke(ipcChannel(m), input, session)]),
);

const station = {
  ...methods,
  subscribe(event, listener) {
    const handler = (_e: IpcRendererEvent, name: string, data: unknown) => { if (name === event) listener(data); };
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => { ipcRenderer.off(IPC_EVENT_CHANNEL, handler); };
  },
  async setEventSession(session) {
    await ipcRenderer.invoke(IPC_EVENT_SESSION_CHANNEL, session);
  },
} as PreloadStation satisfies PreloadStation;

contextBridge.exposeInMainWorld('station', station);
