import { z } from 'zod';
import { IsoDate } from '../domain/iso-date.ts';
import { VehicleType } from '../domain/screening.ts';
import { DayFigures } from './figures.ts';
import { DutySection } from '../duty/duty-hours.ts';
import { TransferLine } from './transfer-lines.ts';

const Count = z.number().int().min(0);

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

/** One day of a range: its figures and whether it was a zero report. */
export const DaySummary = z.object({
  date: IsoDate,
  figures: DayFigures,
  abnormal: Count,
  zeroReport: z.boolean(),
});
export type DaySummary = z.infer<typeof DaySummary>;

/** The 日报: what a day (or a range of days) at the checkpoint amounted to. */
export const DailyReport = z.object({
  stationCode: z.string(),
  stationName: z.string(),
  /** 乡镇 and 村 from setup, printed in the header; '' when not set. */
  township: z.string(),
  village: z.string(),
  from: IsoDate,
  to: IsoDate,
  /** The 日报 figures, each defined in figures.ts (and the README). */
  figures: DayFigures,
  /** Records by decision (a vehicle is one record whatever it carried). */
  decisions: z.object({ allow: Count, turnAway: Count, refer: Count }),
  turnBacks: z.object({
    /** Turned-away vehicles by type. */
    byVehicleType: VehicleTypeCounts,
    /** Reason codes of the turned-away records' verdicts, most frequent first. */
    byReason: z.array(z.object({ reason: z.string(), count: Count })),
  }),
  /** The highest temperature measured in the range, null when nobody was measured. */
  maxCelsius: z.number().nullable(),
  /** Local hour 0–23: screenings in and out. */
  hourly: z.array(z.object({ hour: z.number().int().min(0).max(23), in: Count, out: Count })).length(24),
  staffOnDuty: z.array(StaffSummary),
  days: z.array(DaySummary),
  feverThresholdCelsius: z.number(),
  /** Records that were turned away or referred, or had a fever reading or a red or yellow code. */
  abnormal: Count,
  /** True when nothing abnormal happened: the explicit "无" report. */
  zeroReport: z.boolean(),
  /** Fever transfer hand-offs of the range with their state (which ones: `transfersForReport`). */
  transfers: z.array(TransferLine),
  /** 三联动 duty: staff on duty by department, hours nobody was signed in; null where shifts are not known (a merge of bundles). */
  duty: DutySection.nullable(),
  /**
   * Screenings dated into an earlier day whose 日报 was already exported, recorded after that
   * export (late, or filed there by a clock set back): that 日报 is no longer complete. A
   * station's own report only; absent when there are none.
   */
  lateForReportedDays: z.array(z.object({ date: IsoDate, count: Count })).optional(),
});
export type DailyReport = z.infer<typeof DailyReport>;
