import { isOutsideId, isOutsidePlate, normalisePlate } from '../rules/locality.ts';

/**
 * "Outside" persons and vehicles for the report, judged from the record itself against the
 * station's configured local prefixes (the same test the rules use at the barrier). The report
 * also needs the third answer the barrier does not: `unknown` when there is nothing to judge
 * by (no number recorded, or no prefixes configured).
 */
export type Locality = 'local' | 'outside' | 'unknown';

export function personLocality(idNumber: string, localRegionPrefixes: readonly string[]): Locality {
  if (!/^\d{6}/.test(idNumber.trim()) || localRegionPrefixes.length === 0) return 'unknown';
  return isOutsideId(idNumber, localRegionPrefixes) ? 'outside' : 'local';
}

export function vehicleLocality(plate: string, localPlatePrefixes: readonly string[]): Locality {
  if (normalisePlate(plate) === '' || localPlatePrefixes.length === 0) return 'unknown';
  return isOutsidePlate(plate, localPlatePrefixes) ? 'outside' : 'local';
}
