import { decode, type DecodeOptions, type DecodeResult } from '../../../shared/decode/index.ts';
import type { PersonScreening } from '../../../shared/domain/screening.ts';

/**
 * What a scan (camera, USB scanner burst, or text pasted into the ID box) fills in on a person:
 * an ID number; or a health-code QR's raw text (kept as scanned, never "verified") and the
 * colour it claims as a hint only,
 * plus the name and ID number when the payload carries them. Null when nothing was recognised.
 */
export function personFromScan(person: PersonScreening, text: string, options: DecodeOptions): PersonScreening | null {
  return personFromDecoded(person, decode(text, options));
}

export function personFromDecoded(person: PersonScreening, result: DecodeResult): PersonScreening | null {
  if (result.kind === 'cn-id') return { ...person, idNumber: result.value, sex: result.sex ?? person.sex };
  if (result.kind !== 'health-code') return null;
  return {
    ...person,
    // The payload's own colour is only a hint: the record's colour is the one staff tap.
    healthCode: { colour: person.healthCode?.colour, hint: result.colour, raw: result.raw.slice(0, 4000) },
    name: result.name ?? person.name,
    idNumber: result.idNumber ?? person.idNumber,
  };
}
