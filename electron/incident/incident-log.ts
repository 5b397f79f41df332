import type { Database } from 'better-sqlite3';
import { incidentsOf, type Incident } from '../../shared/incident/incident-state.ts';
import { rowToEvent, type EventRow } from '../store/event-log.ts';

/** Every immediate report the station holds (a partial index keeps this a short read). */
export function storedIncidents(db: Database): Incident[] {
  const rows = db.prepare("SELECT * FROM events WHERE kind = 'incident' ORDER BY seq").all() as EventRow[];
  return incidentsOf(rows.map(rowToEvent));
}

export const unacknowledgedIncidents = (db: Database) => storedIncidents(db).filter((i) => !i.acknowledgedBy);

/** What the incident screen lists: unacknowledged reports, then today's acknowledged ones, newest first. */
export function listedIncidents(db: Database, today: string): Incident[] {
  const all = storedIncidents(db).reverse();
  return [...all.filter((i) => !i.acknowledgedBy), ...all.filter((i) => i.acknowledgedBy && i.reportedDate === today)];
}
