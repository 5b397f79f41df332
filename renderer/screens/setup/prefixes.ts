import { isPlatePrefix, normalisePlate } from '../../../shared/decode/plate.ts';
import { isRegionPrefix, lookupRegion } from '../../../shared/decode/regions.ts';

/** A list typed as "4503 4505" or "桂C，桂H": split on spaces, commas and enumeration marks. */
export function splitList(text: string): string[] {
  return text.split(/[\s,，、;；]+/).filter(Boolean);
}

export interface PrefixCheck { values: string[]; bad: string[]; names: string[] }

/** Region-code prefixes (2, 4 or 6 digits) with the name of each place, where it is known. */
export function checkRegionPrefixes(text: string): PrefixCheck {
  const values = splitList(text);
  return {
    values,
    bad: values.filter((v) => !isRegionPrefix(v)),
    names: values.filter(isRegionPrefix).map((v) => lookupRegion(v.padEnd(6, '0'))?.name ?? v),
  };
}

export function checkPlatePrefixes(text: string): PrefixCheck {
  const values = splitList(text).map(normalisePlate);
  return { values, bad: values.filter((v) => !isPlatePrefix(v)), names: [] };
}
