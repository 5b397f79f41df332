/**
 * The calendar arithmetic of home isolation, on the station's local dates (YYYY-MM-DD) and
 * wall-clock minutes. A period of N days starts on the arrival date (day 1) and its last day
 * is day N: an arrival on 01-25 with 14 days is under isolation through 02-07 and may be
 * released from 02-07 on (期满). Extensions add days after the last day.
 */

const DAY_MS = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The date `days` calendar days after `date` (negative: before); across month and year ends. */
export function addDays(date: string, days: number): string {
  return new Date(ms(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (0 on the same day, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((ms(to) - ms(from)) / DAY_MS);
}

/** The last day under isolation of a period of `days` days from `arrivalDate`, extensions included. */
export function lastDayOf(arrivalDate: string, days: number, extensionDays = 0): string {
  return addDays(arrivalDate, days + extensionDays - 1);
}

/** Which day of the period `date` is: 1 on the arrival date. */
export function dayOfPeriod(arrivalDate: string, date: string): number {
  return daysBetween(arrivalDate, date) + 1;
}

/** "HH:MM" (00:00–23:59) as minutes after midnight; null for anything else. */
export function minutesOfClock(clock: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The station's local date and minute of the day at an instant, from the offset there and then. */
export function localClock(at: Date, utcOffsetMin: number): { date: string; minutes: number } {
  const shifted = new Date(at.getTime() + utcOffsetMin * 60_000);
  return { date: shifted.toISOString().slice(0, 10), minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
}

/**
 * Whether the day's report to the health centre is past its cut-off at local `now`: any
 * earlier day is; `date` itself is from the cut-off minute on (16:00 means 16:00 sharp).
 */
export function pastCutOff(date: string, now: { date: string; minutes: number }, cutOffMinutes: number): boolean {
  return now.date > date || (now.date === date && now.minutes >= cutOffMinutes);
}

/** The reading slot a wall-clock minute suggests: morning until noon, afternoon after. */
export function slotAt(minutes: number): 'morning' | 'afternoon' {
  return minutes < 12 * 60 ? 'morning' : 'afternoon';
}
