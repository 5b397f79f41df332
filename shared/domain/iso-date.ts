import { z } from 'zod';

/**
 * A real calendar date written YYYY-MM-DD: zod's ISO date, which knows month lengths and leap
 * years (2024-02-29 passes, 2023-02-29 and 2026-04-31 do not). The one date check: request and
 * record schemas, report ranges, CLI options and the ID-number decoder all use it.
 */
export const IsoDate = z.iso.date({ error: 'expected a real date as YYYY-MM-DD' });

/** True when `value` is a real date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return IsoDate.safeParse(value).success;
}

/** 'YYYY-MM-DD' when the parts (from an ID number or a card's text) form a real date, otherwise undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  // Parts that are not whole, non-negative numbers (NaN, 1.5, -1) print as text no date matches.
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : undefined;
}
