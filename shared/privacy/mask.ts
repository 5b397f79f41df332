import type { ScreeningPayload } from '../domain/event.ts';
import type { PersonScreening } from '../domain/screening.ts';

/**
 * Masking for personal numbers shown on screen and in exports (village copies, printouts).
 * Full values leave the station only in a supervisor's police export.
 */

const STAR = '*';

/** Keeps `head` leading and `tail` trailing characters; everything between becomes `*`. */
function keepEnds(value: string, head: number, tail: number): string {
  const chars = [...value];
  if (chars.length === 0) return '';
  // Too short to keep both ends and still hide something: hide all but the last character.
  if (chars.length <= head + tail) return STAR.repeat(chars.length - 1) + chars.slice(-1).join('');
  return chars.slice(0, head).join('') + STAR.repeat(chars.length - head - tail) + chars.slice(-tail).join('');
}

/**
 * Resident ID numbers: the 4-digit region prefix and the last 4 stay, so staff can tell two
 * people apart on a list without exposing the birth date: `4502**********1234`.
 */
export function maskIdNumber(idNumber: string): string {
  return keepEnds(idNumber.trim(), 4, 4);
}

/** Phone numbers: the 3-digit carrier prefix and the last 4 stay: `138****5678`. */
export function maskPhone(phone: string): string {
  return keepEnds(phone.trim().replace(/[\s-]/g, ''), 3, 4);
}

/** A home address from an ID card: the first 6 characters (about the province and city) stay. */
export function maskAddress(address: string): string {
  const chars = [...address.trim()];
  return chars.slice(0, 6).join('') + STAR.repeat(Math.max(0, chars.length - 6));
}

function maskPerson(p: PersonScreening): PersonScreening {
  // A scanned health code's raw text can hold the holder's ID number and name: it stays out.
  const healthCode = p.healthCode && { colour: p.healthCode.colour };
  return {
    ...p, idNumber: maskIdNumber(p.idNumber), phone: maskPhone(p.phone),
    ...(healthCode ? { healthCode } : {}), ...(p.address ? { address: maskAddress(p.address) } : {}),
  };
}

/** A record as a reader without a reveal sees it: every person's ID number, phone and address masked. */
export function maskScreeningPayload(p: ScreeningPayload): ScreeningPayload {
  const s = p.screening;
  const screening = s.kind === 'person'
    ? { ...s, person: maskPerson(s.person) }
    : { ...s, vehicle: { ...s.vehicle, occupants: s.vehicle.occupants.map(maskPerson) } };
  return { ...p, screening };
}
