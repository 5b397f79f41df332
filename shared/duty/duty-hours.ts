import { z } from 'zod';
import { Department, DEPARTMENT_ZH } from './department.ts';

/** One sign-in to one sign-out (null: still signed in), with who it was. */
export interface ShiftSpan {
  staffId: number;
  name: string;
  department: Department | null;
  startedAt: string;
  endedAt: string | null;
}

const DepartmentKey = z.union([Department, z.literal('unassigned')]);
const LocalMinute = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

/** The 日报's duty section: who was on duty by department, and when nobody was signed in. */
export const DutySection = z.object({
  byDepartment: z.array(z.object({
    department: DepartmentKey,
    label: z.string(),
    staff: z.array(z.string()),
    /** Minutes at least one of the department's staff was signed in, within the range. */
    minutes: z.number().int().min(0),
  })),
  /** Stretches of the range (up to the time of the report) with nobody signed in, station time. */
  unattended: z.array(z.object({ from: LocalMinute, to: LocalMinute, minutes: z.number().int().min(0) })),
  unattendedMinutes: z.number().int().min(0),
});
export type DutySection = z.infer<typeof DutySection>;

type Interval = [number, number];

/** The union of intervals, sorted and merged (touching intervals join). */
export function unionOf(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

const minutes = (ms: number) => Math.floor(ms / 60_000);
const covered = (intervals: Interval[]) => intervals.reduce((n, [a, b]) => n + (b - a), 0);

/** UTC milliseconds of local midnight starting `date`, at a fixed offset. */
export const localMidnightMs = (date: string, utcOffsetMin: number) => Date.parse(`${date}T00:00:00Z`) - utcOffsetMin * 60_000;

/** 'YYYY-MM-DD HH:mm' on the station's clock. */
export function localMinute(ms: number, utcOffsetMin: number): string {
  return new Date(ms + utcOffsetMin * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * Duty over the local dates `from`..`to` (midnight to midnight at the station's offset), counted
 * up to `now` when the range reaches into the future: a shift still open runs until then, and the
 * hours not yet come are not "nobody on duty". A shift across midnight counts in each day for its
 * own part.
 */
export function dutySection(shifts: readonly ShiftSpan[], range: { from: string; to: string }, utcOffsetMin: number, now: Date): DutySection {
  const start = localMidnightMs(range.from, utcOffsetMin);
  const end = Math.min(localMidnightMs(range.to, utcOffsetMin) + 86_400_000, now.getTime());
  const clip = (s: ShiftSpan): Interval => [Math.max(start, Date.parse(s.startedAt)), Math.min(end, s.endedAt ? Date.parse(s.endedAt) : now.getTime())];
  const inRange = shifts.map((s) => ({ s, span: clip(s) })).filter(({ span }) => span[1] > span[0]);

  const keys = [...Department.options, 'unassigned'] as const;
  const byDepartment = keys.flatMap((department) => {
    const mine = inRange.filter(({ s }) => (s.department ?? 'unassigned') === department);
    if (mine.length === 0 && department === 'unassigned') return [];
    const staff = [...new Set(mine.map(({ s }) => s.name))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    return [{ department, label: DEPARTMENT_ZH[department], staff, minutes: minutes(covered(unionOf(mine.map(({ span }) => span)))) }];
  });

  const unattended: DutySection['unattended'] = [];
  let cursor = start;
  for (const [a, b] of [...unionOf(inRange.map(({ span }) => span)), [end, end] as Interval]) {
    if (a > cursor) unattended.push({ from: localMinute(cursor, utcOffsetMin), to: localMinute(a, utcOffsetMin), minutes: minutes(a - cursor) });
    cursor = Math.max(cursor, b);
  }
  return { byDepartment, unattended, unattendedMinutes: unattended.reduce((n, g) => n + g.minutes, 0) };
}
