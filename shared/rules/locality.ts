/**
 * Local or outside, by the prefixes the station was set up with. With no prefixes configured
 * nothing counts as outside: a station that has not said what is local cannot bar anyone.
 */

import { normalisePlate } from '../decode/plate.ts';

/** Plates are compared as the plate decoder normalises them: upper case, no spaces or dots. */
export { normalisePlate };

export function isOutsidePlate(plate: string, localPrefixes: readonly string[]): boolean {
  const p = normalisePlate(plate);
  if (p === '' || localPrefixes.length === 0) return false;
  return !localPrefixes.some((prefix) => p.startsWith(normalisePlate(prefix)));
}

/** An ID number is outside when its region code does not start with a local prefix; unknown when empty. */
export function isOutsideId(idNumber: string, localPrefixes: readonly string[]): boolean {
  const id = idNumber.trim();
  if (id === '' || localPrefixes.length === 0) return false;
  return !localPrefixes.some((prefix) => id.startsWith(prefix));
}
