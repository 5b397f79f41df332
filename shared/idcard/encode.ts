import { samResponse } from './frame.ts';
import { SW3 } from './status.ts';
import { TEXT_BLOCK_BYTES } from './text-block.ts';

/** One field of a text block: its byte offset, width and text (padded with spaces). */
export type TextField = [offset: number, bytes: number, text: string];

/**
 * A 256-byte text block from fields, UTF-16LE, space padded (shared/idcard-reader.md §4).
 * For the virtual reader and the test doubles, which play cards a real reader would read.
 */
export function encodeTextBlock(fields: TextField[]): Uint8Array {
  const block = new Uint8Array(TEXT_BLOCK_BYTES);
  for (let i = 0; i < block.length; i += 2) block[i] = 0x20;
  for (const [offset, bytes, text] of fields) {
    for (let i = 0; i < Math.min(text.length, bytes / 2); i++) {
      const c = text.charCodeAt(i);
      block[offset + 2 * i] = c & 0xff;
      block[offset + 2 * i + 1] = c >> 8;
    }
  }
  return block;
}

export interface ResidentCardText {
  name: string;
  /** GB/T 2261.1 digit. */
  sex: string;
  nationCode: string;
  /** YYYYMMDD. */
  birth: string;
  address: string;
  idNumber: string;
  issuer: string;
  validFrom: string;
  /** YYYYMMDD or 长期. */
  validTo: string;
}

export function residentTextBlock(p: ResidentCardText): Uint8Array {
  return encodeTextBlock([
    [0, 30, p.name], [30, 2, p.sex], [32, 4, p.nationCode], [36, 16, p.birth], [52, 70, p.address],
    [122, 36, p.idNumber], [158, 30, p.issuer], [188, 16, p.validFrom], [204, 16, p.validTo],
  ]);
}

/** The reader's whole answer to `30 01`: status 90, the two lengths, text, photo, checksum. */
export function readAnswerFrame(text: Uint8Array, photo: Uint8Array): Uint8Array {
  const data = new Uint8Array(4 + text.length + photo.length);
  data.set([text.length >> 8, text.length & 0xff, photo.length >> 8, photo.length & 0xff], 0);
  data.set(text, 4);
  data.set(photo, 4 + text.length);
  return samResponse(SW3.ok, data);
}

/** The example card of shared/idcard-reader.md §8 (a made-up person). */
export const ZHANG_SAN: ResidentCardText = {
  name: '张三', sex: '1', nationCode: '01', birth: '19900721', address: '广西壮族自治区柳州市城中区某某路1号',
  idNumber: '450202199007210018', issuer: '柳州市公安局城中分局', validFrom: '20150101', validTo: '20350101',
};

/** A 1024-byte stand-in photo, a marker a test can search storage and logs for. */
export function markerPhoto(marker = 'FAKE-PHOTO:NOT-A-WLT-IMAGE;'): Uint8Array {
  const photo = new Uint8Array(1024);
  for (let i = 0; i < photo.length; i++) photo[i] = marker.charCodeAt(i % marker.length);
  return photo;
}
