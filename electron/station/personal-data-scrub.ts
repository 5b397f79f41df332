/**
 * Defence in depth for log files: the station only ever logs codes, counts and device states,
 * never a record's fields, but any ID number or mobile number that slipped into a message
 * (say, inside a library's error text) is masked before the line is written.
 */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/g;

export function scrubText(text: string): string {
  return text.replace(ID_NUMBER, '[id-number]').replace(MOBILE, '[phone]');
}

/** Every string in a log object, scrubbed; other values pass as they are. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, depth + 1)]));
}
