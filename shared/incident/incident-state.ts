import type { StationEvent } from '../domain/event.ts';
import type { IncidentCategory, IncidentPayload } from './incident.ts';

/** An immediate report as it stands: its facts, who wrote it, and who acknowledged it. */
export interface Incident {
  id: string;
  category: IncidentCategory;
  sourceEventId: string | null;
  occurredAt: string;
  facts: string;
  reportedAt: string;
  reportedDate: string;
  reportedBy: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  note: string;
}

/** Folds incident events (in seq order) into incidents, oldest first. */
export function incidentsOf(events: Iterable<StationEvent>): Incident[] {
  const byId = new Map<string, Incident>();
  for (const event of events) {
    if (event.kind !== 'incident') continue;
    const p = event.payload as IncidentPayload;
    if (p.step === 'reported') {
      byId.set(event.id, {
        id: event.id, category: p.category, sourceEventId: p.sourceEventId, occurredAt: p.occurredAt, facts: p.facts,
        reportedAt: event.recordedAt, reportedDate: event.localDate, reportedBy: event.staffName,
        acknowledgedBy: null, acknowledgedAt: null, note: '',
      });
      continue;
    }
    const incident = byId.get(p.incidentId);
    if (incident && !incident.acknowledgedBy) Object.assign(incident, { acknowledgedBy: event.staffName, acknowledgedAt: event.recordedAt, note: p.note });
  }
  return [...byId.values()];
}
