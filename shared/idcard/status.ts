/**
 * SW3, the reader's own status byte (shared/idcard-reader.md §3). The driver decides on SW3
 * alone; SW1/SW2 are the card's APDU status passed through, kept for diagnostics.
 */
export const SW3 = {
  ok: 0x90,
  noContent: 0x91,
  cardFound: 0x9f,
  badChecksum: 0x10,
  badLength: 0x11,
  commandError: 0x21,
  notAllowed: 0x23,
  unknownError: 0x24,
  cardAuthFailed: 0x31,
  readerAuthFailed: 0x32,
  verifyError: 0x33,
  noCardYet: 0x34,
  unknownCardType: 0x40,
  readFailed: 0x41,
  randomFailed: 0x47,
  selfTestFailed: 0x60,
  notAuthorised: 0x66,
  findFailed: 0x80,
  selectFailed: 0x81,
} as const;

const MEANING: Record<number, string> = {
  0x90: 'ok',
  0x91: 'no such item on the card',
  0x9f: 'card found',
  0x10: 'reader got a bad checksum',
  0x11: 'reader got a bad length (or the frame was late)',
  0x21: 'command error',
  0x23: 'operation not allowed',
  0x24: 'unrecognised error',
  0x31: 'card did not authenticate the reader',
  0x32: 'reader did not authenticate the card',
  0x33: 'information verification error',
  0x34: 'no card found yet',
  0x40: 'unrecognised card type',
  0x41: 'reading the card failed',
  0x47: 'get-random failed',
  0x60: 'security module self-test failed',
  0x66: 'security module not authorised',
  0x80: 'no card (or already read)',
  0x81: 'select card failed',
};

const hex2 = (b: number) => b.toString(16).padStart(2, '0').toUpperCase();

/** `SW 00 00 41: reading the card failed`, for the diagnostics log and error details. */
export function describeStatus(sw1: number, sw2: number, sw3: number): string {
  return `SW ${hex2(sw1)} ${hex2(sw2)} ${hex2(sw3)}: ${MEANING[sw3] ?? 'unknown status'}`;
}
