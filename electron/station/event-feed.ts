import { pushedEventNames, type PushedEventName } from '../../shared/api/contract.ts';
import type { Station } from './station.ts';

/**
 * One client's share of the pushed events: each is delivered only while the client's session
 * is signed in, checked at delivery (a shift that ended or signed out stops the feed at once).
 * Every transport forwards through this, so none can leak to a client nobody signed in on.
 */
export function sessionFeed(station: Station, session: () => string | null, send: (name: PushedEventName, data: unknown) => void): () => void {
  const offs = pushedEventNames.map((name) => station.bus.on(name, (data) => {
    if (station.sessionActive(session())) send(name, data);
  }));
  return () => offs.forEach((off) => off());
}
