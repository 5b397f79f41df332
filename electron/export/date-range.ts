import { isIsoDate } from '../../shared/domain/iso-date.ts';
import type { DateRange } from './range-events.ts';

/** A report or export covers at most this many days (a year and a day, for leap years). */
export const MAX_RANGE_DAYS = 366;


/** Checks a `--date`/`--to` pair (or the API's from/to): real dates, in order, not too long. */
export function parseDateRange(from: string | undefined, to: string | undefined): DateRange | string {
  if (!from) return 'a date is needed as YYYY-MM-DD';
  if (!isIsoDate(from)) return `"${from}" is not a real date as YYYY-MM-DD`;
  const end = to ?? from;
  if (!isIsoDate(end)) return `"${end}" is not a real date as YYYY-MM-DD`;
  if (end < from) return `the range ends (${end}) before it starts (${from})`;
  const days = (Date.parse(end) - Date.parse(from)) / 86_400_000 + 1;
  if (days > MAX_RANGE_DAYS) return `the range is ${days} days; at most ${MAX_RANGE_DAYS}`;
  return { from, to: end };
}
