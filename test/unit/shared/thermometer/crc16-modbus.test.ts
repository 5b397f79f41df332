import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc16Modbus, crcOk, withCrc } from '../../../../shared/thermometer/crc16-modbus.ts';
import { ascii, hex } from '../../../support/byte-chunks.ts';

describe('CRC-16/MODBUS', () => {
  it('matches the catalogue check value', () => {
    expect(crc16Modbus(ascii('123456789'))).toBe(0x4b37);
  });

  it('appends the CRC low byte first', () => {
    expect(withCrc(hex('01 03 00 12 00 01'))).toEqual(hex('01 03 00 12 00 01 24 0F'));
    expect(withCrc(hex('01 03 02 01 71'))).toEqual(hex('01 03 02 01 71 79 F0'));
  });

  it('accepts its own frames and rejects any single flipped bit', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 32 }), fc.nat(), (body, bit) => {
        const frame = withCrc(body);
        expect(crcOk(frame)).toBe(true);
        const flipped = frame.slice();
        const at = bit % (frame.length * 8);
        flipped[at >> 3] = flipped[at >> 3]! ^ (1 << (at & 7));
        expect(crcOk(flipped)).toBe(false);
      }),
    );
  });

  it('rejects frames too short to hold a CRC', () => {
    expect(crcOk(hex('01 02'))).toBe(false);
  });
});
