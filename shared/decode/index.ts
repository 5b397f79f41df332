/**
 * One entry point for every scanned or typed text: camera QR, USB scanner burst, serial
 * scanner line, CLI argument. Routes by shape, then hands to the matching decoder. Never
 * throws: whatever comes in, a tagged result comes out.
 */
import { decodeCnId, normaliseCnId } from './cn-id.ts';
import { decodeHealthCode } from './health-code.ts';
import { decodePlate, looksLikePlate } from './plate.ts';
import type { DecodeOptions, DecodeResult, UnknownResult } from './types.ts';

export type * from './types.ts';
export { decodeCnId, cnIdCheckChar } from './cn-id.ts';
export { decodePlate, isPlatePrefix, normalisePlate } from './plate.ts';
export { decodeHealthCode, DEFAULT_HEALTH_CODE_FIELDS } from './health-code.ts';
export { isRegionPrefix } from './regions.ts';
export { fieldsFromScan, type ScannedFields } from './form-fields.ts';

function unknown(value: string, error: string): UnknownResult {
  return { kind: 'unknown', valid: false, value, errors: [error], warnings: [] };
}

/** Digits (with a final X) of about ID length: routed to the ID decoder to report why. */
const ID_LIKE = /^\d{14,18}X?$/;

export function decode(text: string, options: DecodeOptions): DecodeResult {
  if (typeof text !== 'string') return unknown('', 'not-text');
  try {
    const trimmed = text.trim();
    if (trimmed.length === 0) return unknown('', 'empty');
    if (ID_LIKE.test(normaliseCnId(trimmed))) return decodeCnId(trimmed, options);
    if (looksLikePlate(trimmed)) return decodePlate(trimmed, options);
    return decodeHealthCode(text, options) ?? unknown(trimmed, 'unrecognised');
  } catch {
    // A decoder bug must not take the screening screen down; the text is kept for the record.
    return unknown(text.trim(), 'decoder-failed');
  }
}
