import { pushedEventNames, type PushedEventName } from '../../shared/api/contract.ts';
import type { ApiErrorBody } from '../../shared/api/contract.ts';
import type { CallEnvelope } from '../../shared/api/transport.ts';
import type { StationTransport } from './transport.ts';

const TOKEN_KEY = 'checkpoint-station.bridge-token';

/**
 * The per-launch token arrives in the URL fragment (never sent over the wire); the page keeps
 * it for this tab and removes it from the address bar.
 */
export function takeBridgeToken(location: Location, storage: Storage): string | null {
  const match = /(?:^#|&)token=([\w-]+)/.exec(location.hash);
  if (match) {
    storage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', location.pathname + location.search);
  }
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
        return { ok: false, error: { code: 'internal', message: 'the station is not reachable', issues: [] } };
      }
      const body = (await res.json().catch(() => null)) as unknown;
      if (res.ok) return { ok: true, value: body } satisfies CallEnvelope;
      const error = (body as Partial<ApiErrorBody> | null)?.error;
      return { ok: false, error: error ?? { code: 'internal', message: `HTTP ${res.status}`, issues: [] } };
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
