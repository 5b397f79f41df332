import type { Result } from '../thermometer/types.ts';
import type { IdCard } from './card.ts';
import { decodeTextBlock } from './text-block.ts';

/**
 * The data of a successful `30 01` answer: `textlen(2) photolen(2) text photo`, lengths
 * big-endian and taken from the frame (shared/idcard-reader.md §3). Only the text is decoded;
 * the photo's bytes are not copied, decoded, logged or hashed, and the caller's buffer is
 * zeroed so no copy of them outlives this call.
 */
export function decodeReadAnswer(data: Uint8Array): Result<IdCard> {
  try {
    if (data.length < 4) return { ok: false, error: 'read answer too short' };
    const textLength = (data[0]! << 8) | data[1]!;
    const photoLength = (data[2]! << 8) | data[3]!;
    if (4 + textLength + photoLength !== data.length) {
      return { ok: false, error: `read answer lengths ${textLength}+${photoLength} do not match its ${data.length - 4} bytes` };
    }
    return decodeTextBlock(data.subarray(4, 4 + textLength));
  } finally {
    data.fill(0);
  }
}
