import { pushedEventNames, type PushedEventName } from '../../shared/api/contract.ts';
import { ApiError, type ApiErrorBody } from '../../shared/api/contract.ts';
import type { CallEnvelope } from '../../shared/api/transport.ts';
import type { StationTransport } from './transport.ts';

const TOKEN_KEY = 'checkpoint-station.bridge-token';

/** Trades a one-time launch code for the bridge token; null when it is spent or unknown. */
async function redeemLaunchCode(code: string): Promise<string | null> {
  try {
    const res = await fetch('/api/launch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    return res.ok ? ((await res.json()) as { token: string }).token : null;
  } catch {
    return null;
  }
}

/**
 * The per-launch token arrives in the URL fragment (never sent over the wire) when a person
 * opens the printed address, or as a one-time code to trade for it when the launcher put the
 * URL on a browser's command line. The page keeps the token for this tab and removes either
 * from the address bar.
 */
export async function takeBridgeToken(location: Location, storage: Storage): Promise<string | null> {
  const token = /(?:^#|&)token=([\w-]+)/.exec(location.hash)?.[1];
  const code = /(?:^#|&)code=([\w-]+)/.exec(location.hash)?.[1];
  if (token || code) history.replaceState(null, '', location.pathname + location.search);
  const taken = token ?? (code ? await redeemLaunchCode(code) : null);
  if (taken) storage.setItem(TOKEN_KEY, taken);
  return storage.getItem(TOKEN_KEY);
}

/**
 * Calls go over fetch; pushed events over one EventSource, reopened whenever the session
 * changes, because the station sends events only to a signed-in session it is told of.
 */
export function bridgeTransport(token: string): StationTransport {
  const listeners = new Map<PushedEventName, Set<(data: unknown) => void>>();
  const connection = new Set<(connected: boolean) => void>();
  let source: EventSource | null = null;
  let openedFor: string | null | undefined;

  function open(session: string | null): void {
    if (source && openedFor === session) return;
    source?.close();
    openedFor = session;
    const query = new URLSearchParams({ token, ...(session ? { session } : {}) });
    const next = new EventSource(`/api/events?${query}`);
    next.onopen = () => connection.forEach((l) => l(true));
    next.onerror = () => connection.forEach((l) => l(false));
    for (const name of pushedEventNames) {
      next.addEventListener(name, (e) => {
        const data = JSON.parse((e as MessageEvent<string>).data) as unknown;
        listeners.get(name)?.forEach((l) => l(data));
      });
    }
    source = next;
  }

  return {
    async call(method, input, session) {
      let res: Response;
      try {
        res = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(session ? { 'x-station-session': session } : {}) },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: new ApiError('internal', 'the station is not reachable', [], 'station-unreachable').toBody().error };
      }
      const body = (await res.json().catch(() => null)) as unknown;
      if (res.ok) return { ok: true, value: body } satisfies CallEnvelope;
      const error = (body as Partial<ApiErrorBody> | null)?.error;
      return { ok: false, error: error ?? new ApiError('internal', `HTTP ${res.status}`, [], 'station-unreachable').toBody().error };
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => set.delete(listener);
    },
    setSession: open,
    onConnectionChange(listener) {
      connection.add(listener);
      if (source?.readyState === EventSource.OPEN) listener(true);
      return () => connection.delete(listener);
    },
  };
}
