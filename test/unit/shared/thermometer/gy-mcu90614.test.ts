import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createGyParser, encodeGyFrame, GY_QUERY_ONCE, GY_START_CONTINUOUS, gyChecksumOk } from '../../../../shared/thermometer/gy-mcu90614.ts';
import type { ParseEvent } from '../../../../shared/thermometer/types.ts';
import { byteByByte, concatBytes, feed, hex, splitAt } from '../../../support/byte-chunks.ts';

const DESIGN_FRAME = hex('5A 5A 45 04 0E 42 09 C4 1A');
const readings = (events: ParseEvent[]) => events.filter((e) => e.kind === 'reading');

describe('GY-MCU90614 frames', () => {
  it('encodes the documented frame for 36.50 / 25.00 °C', () => {
    expect(encodeGyFrame(36.5, 25)).toEqual(DESIGN_FRAME);
  });

  it('builds the documented commands', () => {
    expect(GY_START_CONTINUOUS).toEqual(hex('A5 45 EA'));
    expect(GY_QUERY_ONCE).toEqual(hex('A5 15 BA'));
  });

  it('decodes the documented frame', () => {
    const events = createGyParser().push(DESIGN_FRAME);
    expect(events).toEqual([{ kind: 'reading', celsius: 36.5, ambientCelsius: 25, frame: DESIGN_FRAME }]);
  });

  it('decodes negative temperatures', () => {
    const frame = encodeGyFrame(-12.34, -5);
    expect(frame.subarray(4, 8)).toEqual(hex('FB 2E FE 0C'));
    const [r] = readings(createGyParser().push(frame));
    expect(r).toMatchObject({ celsius: -12.34, ambientCelsius: -5 });
  });

  it('gives the same readings byte by byte as in one piece', () => {
    const stream = concatBytes(encodeGyFrame(36.1, 24), encodeGyFrame(37.8, 24.5), encodeGyFrame(35, 23));
    const whole = feed(createGyParser(), [stream]);
    const bytewise = feed(createGyParser(), byteByByte(stream));
    expect(bytewise).toEqual(whole);
    expect(readings(whole).map((r) => r.celsius)).toEqual([36.1, 37.8, 35]);
  });

  it('skips noise and false headers and counts what it dropped', () => {
    const noise = hex('00 FF 5A 13 5A 5A 44 5A');
    const parser = createGyParser();
    const events = feed(parser, [concatBytes(noise, encodeGyFrame(36.6, 25), hex('5A 5A 45'), encodeGyFrame(36.7, 25))]);
    expect(readings(events).map((r) => r.celsius)).toEqual([36.6, 36.7]);
    const c = parser.counters();
    expect(c.frames).toBe(2);
    expect(c.droppedBytes).toBe(noise.length + 3);
    expect(c.bytes).toBe(noise.length + 9 + 3 + 9);
  });

  it('rejects a frame with a bad checksum and still finds the next one', () => {
    const bad = encodeGyFrame(36.5, 25);
    bad[8] = bad[8]! ^ 0x01;
    const parser = createGyParser();
    const events = feed(parser, byteByByte(concatBytes(bad, encodeGyFrame(37, 25))));
    expect(readings(events).map((r) => r.celsius)).toEqual([37]);
    expect(events.filter((e) => e.kind === 'fault' && e.fault === 'bad-checksum')).toHaveLength(1);
    expect(parser.counters().droppedFrames).toBe(1);
  });

  it('finds a frame that starts inside a corrupted one', () => {
    // A frame cut off after its header, immediately followed by a good frame.
    const stream = concatBytes(hex('5A 5A 45 04 0E'), encodeGyFrame(36.9, 25));
    expect(readings(createGyParser().push(stream)).map((r) => r.celsius)).toEqual([36.9]);
  });

  it('decodes any chunking of a noisy stream the same way', () => {
    const temps = [36.2, 36.3, 41.9, -3, 36.25];
    const stream = concatBytes(...temps.flatMap((t) => [hex('5A 00 5A 5A 45 07'), encodeGyFrame(t, 24.5)]));
    const expected = feed(createGyParser(), [stream]);
    expect(readings(expected).map((r) => r.celsius)).toEqual(temps);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (cuts) => {
        expect(feed(createGyParser(), splitAt(stream, cuts))).toEqual(expected);
      }),
    );
  });

  it('never throws on random bytes and never yields a reading with a bad checksum', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 20 }), (chunks) => {
        const parser = createGyParser();
        for (const e of feed(parser, chunks)) if (e.kind === 'reading') expect(gyChecksumOk(e.frame)).toBe(true);
        const c = parser.counters();
        expect(c.bytes).toBe(chunks.reduce((n, ch) => n + ch.length, 0));
      }),
    );
  });

  it('reads every valid frame embedded in random noise', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.integer({ min: -4000, max: 4500 }), fc.array(fc.nat(), { maxLength: 10 }), (noise, centi, cuts) => {
        const frame = encodeGyFrame(centi / 100, 25);
        const events = feed(createGyParser(), splitAt(concatBytes(noise, frame), cuts));
        expect(readings(events).some((r) => r.celsius === centi / 100)).toBe(true);
      }),
    );
  });
});

describe('GY-MCU90614 sensor range', () => {
  it('rejects a checksum-valid frame the sensor cannot produce', () => {
    const parser = createGyParser();
    const events = parser.push(encodeGyFrame(36.5, 200));
    expect(readings(events)).toEqual([]);
    expect(events[0]).toMatchObject({ kind: 'fault', fault: 'unparsed' });
    expect(parser.counters().droppedFrames).toBe(1);
  });
});
