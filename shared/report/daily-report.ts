import { z } from 'zod';
import { VehicleType } from '../domain/screening.ts';

const Count = z.number().int().min(0);
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Screenings through the barrier in one direction. */
export const Flow = z.object({
  /** Person (pedestrian) screenings. */
  persons: Count,
  vehicles: Count,
  /** People in those vehicles (the declared occupant count). */
  occupants: Count,
  /** persons + occupants: everyone who passed the barrier. */
  people: Count,
});
export type Flow = z.infer<typeof Flow>;

export const VehicleTypeCounts = z.record(VehicleType, Count);

export const StaffSummary = z.object({
  staffId: z.number().int(),
  name: z.string(),
  /** Screenings this staff member recorded in the range. */
  records: Count,
  /** Local wall-clock time of the first and last record, '' when none. */
  firstAt: z.string(),
  lastAt: z.string(),
});
export type StaffSummary = z.infer<typeof StaffSummary>;

export const DaySummary = z.object({
  date: IsoDate,
  total: Count,
  turnBacks: Count,
  feverReferrals: Count,
  zeroReport: z.boolean(),
});
export type DaySummary = z.infer<typeof DaySummary>;

/** The 日报: what a day (or a range of days) at the checkpoint amounted to. */
export const DailyReport = z.object({
  stationCode: z.string(),
  stationName: z.string(),
  from: IsoDate,
  to: IsoDate,
  /** Screenings recorded in the range, each counted once in its latest (amended) version. */
  total: Count,
  entries: Flow,
  exits: Flow,
  decisions: z.object({ allow: Count, turnAway: Count, refer: Count }),
  turnBacks: z.object({
    total: Count,
    persons: Count,
    vehicles: Count,
    byVehicleType: VehicleTypeCounts,
    /** Reason codes of the verdicts, most frequent first. */
    byReason: z.array(z.object({ reason: z.string(), count: Count })),
  }),
  feverReferrals: z.object({
    total: Count,
    /** People with a reading at or above the threshold among the referred records. */
    febrilePeople: Count,
    maxCelsius: z.number().nullable(),
  }),
  /** Health-code colours seen, per person who showed (or was asked for) a code. */
  codeColours: z.object({ green: Count, yellow: Count, red: Count, none: Count }),
  outside: z.object({ persons: Count, vehicles: Count, unknownPersons: Count, unknownVehicles: Count }),
  returnees: Count,
  /** Readings at or above the fever threshold, whatever was decided. */
  feverReadings: Count,
  amended: Count,
  /** Local hour 0–23: screenings in and out. */
  hourly: z.array(z.object({ hour: z.number().int().min(0).max(23), in: Count, out: Count })).length(24),
  staffOnDuty: z.array(StaffSummary),
  days: z.array(DaySummary),
  feverThresholdCelsius: z.number(),
  /** Turn-backs + fever referrals + other abnormal cases (fever readings, red or yellow codes). */
  abnormal: Count,
  /** True when nothing abnormal happened: the explicit "无" report. */
  zeroReport: z.boolean(),
});
export type DailyReport = z.infer<typeof DailyReport>;
