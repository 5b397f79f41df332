import { join } from 'node:path';
import { incidentMethods, type IncidentView } from '../../../shared/api/incident.ts';
import { ApiError } from '../../../shared/api/contract.ts';
import { localDateAndOffset } from '../../../shared/domain/local-time.ts';
import { screeningFacts } from '../../../shared/incident/incident-facts.ts';
import { incidentSheetHtml } from '../../../shared/incident/incident-sheet-html.ts';
import type { Incident } from '../../../shared/incident/incident-state.ts';
import { recordsInForce } from '../../../shared/report/records.ts';
import { ExportError } from '../../export/export-error.ts';
import { writePdf } from '../../export/pdf-render.ts';
import { listedIncidents, storedIncidents } from '../../incident/incident-log.ts';
import { audit, auditedWrite } from '../../store/audit-log.ts';
import { amendmentsOf, eventById } from '../../store/event-log.ts';
import { setDepartment, staffDepartments } from '../../store/staff-departments.ts';
import { appendRecord } from './core.ts';
import { exportFolder } from '../export-folder.ts';
import { stationSettings } from '../../store/settings/station.ts';
import { pastInstant } from './transfer.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';

/** What the contract shows of a report: the day it was reported on stays inside the station. */
const viewOf = ({ reportedDate: _day, ...view }: Incident): IncidentView => view;

/** Immediate reports (随时报告): one tap from a result, a printable sheet, a supervisor's acknowledgement. */
export function incidentModule(core: StationCore): StationModule<keyof typeof incidentMethods> {
  const { db } = core;
  const find = (id: string): Incident => {
    const incident = storedIncidents(db).find((i) => i.id === id);
    if (!incident) throw new ApiError('not-found', `no incident ${id}`, [], 'incident-not-found');
    return incident;
  };
  /** The facts the source screening gives, in its corrected version. */
  const sourceFacts = (id: string): string => {
    const event = eventById(db, id);
    if (!event || event.kind !== 'screening') throw new ApiError('not-found', `no screening with id ${id}`, [], 'screening-not-found');
    return screeningFacts(recordsInForce([event, ...amendmentsOf(db, id)])[0]!);
  };

  return {
    handlers: {
      listIncidents: () => listedIncidents(db, localDateAndOffset(new Date(), stationSettings.read(core.db).timezone).localDate).map(viewOf),
      reportIncident({ category, sourceEventId, facts, occurredAt }, ctx) {
        const written = [sourceEventId ? sourceFacts(sourceEventId) : '', facts].filter(Boolean).join('\n');
        if (!written) throw new ApiError('bad-request', 'an incident needs its facts (or the record it arose from)', [{ path: 'facts', message: 'required' }], 'invalid-input');
        const at = pastInstant(core, occurredAt);
        const event = appendRecord(core, requireStaff(ctx), {
          kind: 'incident', payload: { step: 'reported', category, sourceEventId: sourceEventId ?? null, occurredAt: at, facts: written },
        });
        return viewOf(find(event.id));
      },
      acknowledgeIncident({ incidentId, note }, ctx) {
        return db.transaction(() => {
          if (!find(incidentId).acknowledgedBy) appendRecord(core, requireStaff(ctx), { kind: 'incident', payload: { step: 'acknowledged', incidentId, note } });
          return viewOf(find(incidentId));
        }).immediate();
      },
      async printIncidentSheet({ incidentId }, ctx) {
        const incident = find(incidentId);
        const s = stationSettings.read(core.db);
        const folder = exportFolder(core.dbPath);
        const { utcOffsetMin } = localDateAndOffset(new Date(incident.reportedAt), s.timezone);
        const path = join(folder, `随时报告_${incident.reportedDate}_${incident.id.slice(0, 8)}_${Date.now()}.pdf`);
        try {
          await writePdf(incidentSheetHtml(incident, { ...s, utcOffsetMin }), path, core.renderPdf);
        } catch (err) {
          if (err instanceof ExportError) throw new ApiError('storage', err.message, [], err.code === 'no-browser' ? 'export-no-browser' : 'export-failed', { folder });
          throw err;
        }
        audit(db, 'incident.print', requireStaff(ctx).staffId, { incidentId });
        return { path };
      },
      staffDepartments: () => staffDepartments(db),
      setStaffDepartment({ staffId, department }, ctx) {
        auditedWrite(db, () => setDepartment(db, staffId, department), () => ({ action: 'staff.department', staffId: requireStaff(ctx).staffId, detail: { staffId, department } }));
        return { ok: true as const };
      },
    },
  };
}
