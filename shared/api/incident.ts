import { z } from 'zod';
import { method } from './define.ts';
import { ClockTime } from './transfer.ts';
import { IncidentCategory } from '../incident/incident.ts';
import { Department } from '../duty/department.ts';

export const IncidentView = z.object({
  id: z.string(),
  category: IncidentCategory,
  sourceEventId: z.string().nullable(),
  occurredAt: z.string(),
  facts: z.string(),
  reportedAt: z.string(),
  reportedBy: z.string(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  note: z.string(),
});
export type IncidentView = z.infer<typeof IncidentView>;

const IncidentId = z.object({ incidentId: z.string().uuid() });

/**
 * Immediate reports (随时报告) and the 三联动 departments. A report is one tap from a fever or
 * red-code result (the station writes the facts from the record); a supervisor acknowledges it.
 */
export const incidentMethods = {
  /** Unacknowledged reports, then those reported today (newest first). */
  listIncidents: method({ role: 'staff', request: z.object({}), response: z.array(IncidentView) }),
  reportIncident: method({
    role: 'staff',
    request: z.object({
      category: IncidentCategory,
      /** The screening it arose from: its facts are written from the record. */
      sourceEventId: z.string().uuid().optional(),
      /** What happened, in the staff member's words (added to the record's facts). */
      facts: z.string().trim().max(800).default(''),
      /** When it happened; now when left out. */
      occurredAt: ClockTime.optional(),
    }),
    response: IncidentView,
  }),
  acknowledgeIncident: method({ role: 'supervisor', request: IncidentId.extend({ note: z.string().trim().max(200).default('') }), response: IncidentView }),
  /** The printable incident sheet (PDF) in the station's exports folder. */
  printIncidentSheet: method({ role: 'staff', request: IncidentId, response: z.object({ path: z.string() }) }),
  staffDepartments: method({ role: 'supervisor', request: z.object({}), response: z.array(z.object({ staffId: z.number().int(), department: Department })) }),
  setStaffDepartment: method({ role: 'supervisor', request: z.object({ staffId: z.number().int().positive(), department: Department.nullable() }), response: z.object({ ok: z.literal(true) }) }),
};
