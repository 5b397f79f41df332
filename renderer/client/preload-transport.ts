import type { StationTransport } from './transport.ts';
import type { PreloadStation } from '../../shared/api/transport.ts';

/** Inside Electron: the preload's named methods, over IPC. The station is in-process: always connected. */
export function preloadTransport(station: PreloadStation): StationTransport {
  return {
    call: (method, input, session) => station[method](input as never, session),
    subscribe: (event, listener) => station.subscribe(event, listener),
    setSession(session) { void station.setEventSession(session); },
    onConnectionChange(listener) {
      listener(true);
      return () => undefined;
    },
  };
}
