import { ApiError, type MethodInput, type MethodName, type MethodOutput, type PushedEventData, type PushedEventName } from '../../shared/api/contract.ts';
import type { PreloadStation } from '../../shared/api/transport.ts';
import { bridgeTransport, takeBridgeToken } from './bridge-transport.ts';
import { preloadTransport } from './preload-transport.ts';
import type { StationTransport } from './transport.ts';

const SESSION_KEY = 'checkpoint-station.session';

/** The typed station API the screens use; it carries the signed-in staff member's session. */
export class StationClient {
  #session: string | null;

  constructor(private readonly transport: StationTransport, private readonly storage: Storage) {
    this.#session = storage.getItem(SESSION_KEY);
    transport.setSession(this.#session);
  }

  get session(): string | null { return this.#session; }

  setSession(token: string | null): void {
    this.#session = token;
    if (token) this.storage.setItem(SESSION_KEY, token);
    else this.storage.removeItem(SESSION_KEY);
    this.transport.setSession(token);
  }

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const envelope = await this.transport.call(method, input, this.#session);
    if (envelope.ok) return envelope.value as MethodOutput<M>;
    throw ApiError.fromBody(envelope.error);
  }

  on<E extends PushedEventName>(event: E, listener: (data: PushedEventData<E>) => void): () => void {
    return this.transport.subscribe(event, listener as (data: unknown) => void);
  }

  onConnectionChange(listener: (connected: boolean) => void): () => void {
    return this.transport.onConnectionChange(listener);
  }
}

declare global {
  interface Window { station?: PreloadStation }
}

/** The one place that picks the transport: Electron's preload if present, else the bridge. */
export async function connectStation(): Promise<StationClient | null> {
  if (window.station) return new StationClient(preloadTransport(window.station), sessionStorage);
  const token = await takeBridgeToken(window.location, sessionStorage);
  return token ? new StationClient(bridgeTransport(token), sessionStorage) : null;
}
