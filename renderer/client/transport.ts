import type { MethodName, PushedEventName } from '../../shared/api/contract.ts';
import type { CallEnvelope } from '../../shared/api/transport.ts';

/**
 * How the renderer reaches the station. Two adapters implement it — the Electron preload
 * (`window.station`) and the local web bridge — and nothing else in the UI knows which.
 */
export interface StationTransport {
  call(method: MethodName, input: unknown, session: string | null): Promise<CallEnvelope>;
  subscribe(event: PushedEventName, listener: (data: unknown) => void): () => void;
  /** The signed-in session pushed events are for; the station sends none without one. */
  setSession(session: string | null): void;
  /** Whether the station itself is reachable (the bridge's event stream is open). */
  onConnectionChange(listener: (connected: boolean) => void): () => void;
}
