import { isoDate } from '../domain/iso-date.ts';
import type { Result } from '../thermometer/types.ts';
import type { CardSex, CardType, IdCard } from './card.ts';
import { nationName } from './nation.ts';

/** The text block is 256 bytes of UTF-16LE (shared/idcard-reader.md §4). */
export const TEXT_BLOCK_BYTES = 256;
const TYPE_OFFSET = 248;
const LONG_TERM = '长期';

const utf16 = new TextDecoder('utf-16le', { fatal: true });

/** One field: UTF-16LE, space padded (and, defensively, NUL padded). */
function field(block: Uint8Array, offset: number, bytes: number): string {
  return utf16.decode(block.subarray(offset, offset + bytes)).replace(/[\u0020\u0000]+$/u, '');
}

const SEX: Record<string, CardSex> = { '1': 'male', '2': 'female', '0': 'unknown', '9': 'unspecified' };

function cardTypeOf(flag: string): CardType | null {
  if (flag === ' ' || flag === '\u0000') return 'resident';
  if (flag === 'J') return 'hmt-permit';
  if (flag === 'I') return 'foreign-2017';
  if (flag === 'Y') return 'foreign-2023';
  return null;
}

class Invalid extends Error {}

function date(text: string, what: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const iso = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (!iso) throw new Invalid(`${what} is not a date`);
  return iso;
}

function sex(code: string): CardSex {
  const s = SEX[code];
  if (!s) throw new Invalid('sex code is not 0, 1, 2 or 9');
  return s;
}

function required(text: string, pattern: RegExp, what: string): string {
  if (!pattern.test(text)) throw new Invalid(`${what} has the wrong form`);
  return text;
}

const CITIZEN_NUMBER = /^\d{17}[\dX]$/;

/** Name, sex, birth, address, number, issuer and validity: laid out alike on resident cards and HMT permits. */
function residentFields(b: Uint8Array): Omit<IdCard, 'cardType'> {
  const validTo = field(b, 204, 16);
  return {
    name: required(field(b, 0, 30), /\S/u, 'name'),
    sex: sex(field(b, 30, 2)),
    birthDate: date(field(b, 36, 16), 'birth date'),
    address: field(b, 52, 70),
    idNumber: required(field(b, 122, 36), CITIZEN_NUMBER, 'ID number'),
    issuer: field(b, 158, 30),
    validFrom: date(field(b, 188, 16), 'valid-from date'),
    validTo: validTo === LONG_TERM ? 'long-term' : date(validTo, 'valid-to date'),
  };
}

function decodeBlock(b: Uint8Array): IdCard {
  const cardType = cardTypeOf(field(b, TYPE_OFFSET, 2) || ' ');
  if (!cardType) throw new Invalid('unknown card type');
  if (cardType === 'resident') {
    const code = field(b, 32, 4);
    return { cardType, ...residentFields(b), nation: nationName(required(code, /^\d{2}$/, 'nation code')) ?? code };
  }
  if (cardType === 'hmt-permit') {
    // The nation field of a permit is not a nation code; it is left out, never guessed.
    return { cardType, ...residentFields(b), passNumber: field(b, 220, 18), issueCount: field(b, 238, 4) };
  }
  if (cardType === 'foreign-2017') {
    const englishName = required(field(b, 0, 120), /\S/u, 'English name');
    return {
      cardType, englishName, name: field(b, 158, 30) || englishName,
      sex: sex(field(b, 120, 2)),
      idNumber: required(field(b, 122, 30), /^[A-Z]{3}\d{12}$/, 'card number'),
      nationality: field(b, 152, 6),
      validFrom: date(field(b, 188, 16), 'issue date'),
      validTo: date(field(b, 204, 16), 'expiry date'),
      birthDate: date(field(b, 220, 16), 'birth date'),
    };
  }
  const englishName = `${field(b, 52, 70)}${field(b, 220, 22)}`.trim();
  return {
    cardType, englishName, name: field(b, 0, 30) || englishName,
    sex: sex(field(b, 30, 2)),
    birthDate: date(field(b, 36, 16), 'birth date'),
    idNumber: required(field(b, 122, 36), CITIZEN_NUMBER, 'card number'),
    validFrom: date(field(b, 188, 16), 'issue date'),
    validTo: date(field(b, 204, 16), 'expiry date'),
    nationality: field(b, 242, 6),
  };
}

/**
 * The 256-byte text block of a `30 01` answer to a card. Strict: a field that is not what the
 * layout says (a sex code outside GB/T 2261.1, a date that is not a date, an ID of the wrong
 * form) rejects the whole block, so a garbled read never fills a form with a wrong person.
 */
export function decodeTextBlock(block: Uint8Array): Result<IdCard> {
  if (block.length !== TEXT_BLOCK_BYTES) return { ok: false, error: `text block is ${block.length} bytes, not ${TEXT_BLOCK_BYTES}` };
  try {
    return { ok: true, value: decodeBlock(block) };
  } catch (err) {
    if (err instanceof Invalid || err instanceof TypeError) return { ok: false, error: err instanceof Invalid ? err.message : 'text is not UTF-16' };
    throw err;
  }
}
