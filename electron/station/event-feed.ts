import { pushedEventNames, type PushedEventName } from '../../shared/api/contract.ts';
import type { Station } from './station.ts';

/**
 * One client's share of the pushed events: each is delivered only while the client's session
 * is signed in, checked at delivery (a shift that ended or signed out stops the feed at once),
 * and an event meant for one session (an export's progress) reaches that session only.
 * Every transport forwards through this, so none can leak to a client nobody signed in on.
 */
export function sessionFeed(station: Station, session: () => string | null, send: (name: PushedEventName, data: unknown) => void): () => void {
  const offs = pushedEventNames.map((name) => station.bus.on(name, (data, to) => {
    const mine = session();
    if ((to === undefined || to === mine) && station.sessionActive(mine)) send(name, data);
  }));
  return () => offs.forEach((off) => off());
}
