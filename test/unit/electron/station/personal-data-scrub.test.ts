import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrubText, scrubValue } from '../../../../electron/station/personal-data-scrub.ts';
import { makeCnId } from '../../../support/cn-id-maker.ts';

describe('log scrubbing', () => {
  it.each([
    ['ID 45020319900101123X failed', 'ID [id-number] failed'],
    ['id 450203199001011233.', 'id [id-number].'],
    ['legacy 450203900101123', 'legacy [id-number]'],
    ['call 13800001111 or +86 138-0000-1111', 'call [phone] or [phone]'],
    ['port /dev/ttyUSB0 at 9600 baud, 14 frames', 'port /dev/ttyUSB0 at 9600 baud, 14 frames'],
  ])('%s', (input, expected) => {
    expect(scrubText(input)).toBe(expected);
  });

  it('masks any valid ID number or mobile number wherever it sits in a log object', () => {
    fc.assert(fc.property(
      fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
      fc.integer({ min: 0, max: 999 }), fc.stringMatching(/^1[3-9]\d{9}$/), fc.string(), fc.string(),
      (birth, sequence, phone, before, after) => {
        const id = makeCnId('450203', birth.toISOString().slice(0, 10).replace(/-/g, ''), String(sequence).padStart(3, '0'));
        const out = JSON.stringify(scrubValue({ detail: `${before} ${id} ${after}`, nested: [{ phone: ` ${phone} ` }] }));
        return !out.includes(id) && !out.includes(phone);
      },
    ));
  });
});
