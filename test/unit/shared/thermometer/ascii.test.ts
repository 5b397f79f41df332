import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAsciiParser, fahrenheitToCelsius, type AsciiOptions } from '../../../../shared/thermometer/ascii.ts';
import type { FrameParser, ParseEvent } from '../../../../shared/thermometer/types.ts';
import { ascii, byteByByte, concatBytes, feed, splitAt } from '../../../support/byte-chunks.ts';

function make(options: Partial<AsciiOptions> = {}): FrameParser {
  const result = createAsciiParser(options);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const readings = (events: ParseEvent[]) => events.filter((e) => e.kind === 'reading').map((e) => e.celsius);
const faults = (events: ParseEvent[]) => events.flatMap((e) => (e.kind === 'fault' ? [e.fault] : []));

describe('ASCII line thermometers', () => {
  it('reads the documented line shapes', () => {
    const events = make().push(ascii('36.5\r\nT=36.6C\r\nBody: 97.9F\n  1.5\n'));
    expect(readings(events)).toEqual([36.5, 36.6, fahrenheitToCelsius(97.9), 1.5]);
    expect(fahrenheitToCelsius(97.9)).toBeCloseTo(36.61, 2);
  });

  it('reads negatives, degree signs in UTF-8 and latin-1, and lower-case units', () => {
    const text = concatBytes(ascii('-4.5\n'), ascii('37.1 '), Uint8Array.of(0xc2, 0xb0), ascii('C\n'), ascii('98.6'), Uint8Array.of(0xb0), ascii('f\n'));
    expect(readings(make().push(text))).toEqual([-4.5, 37.1, 37]);
  });

  it('never reads an error line as a value', () => {
    const events = make().push(ascii('Err.1\nERROR 2\nLo\n--\n36.4\n'));
    expect(readings(events)).toEqual([36.4]);
    expect(faults(events)).toEqual(['device-error', 'device-error', 'device-error', 'device-error']);
  });

  it('reports lines without a number and ignores empty lines', () => {
    const p = make();
    const events = p.push(ascii('\r\n\nREADY\n'));
    expect(faults(events)).toEqual(['unparsed']);
    expect(p.counters()).toMatchObject({ frames: 0, droppedFrames: 1 });
  });

  it('uses a configured pattern and default unit', () => {
    const p = make({ pattern: String.raw`OBJ:(?<value>\d+\.\d)`, defaultUnit: 'F' });
    expect(readings(p.push(ascii('AMB:77.0 OBJ:98.6\nAMB:77.0\n')))).toEqual([37]);
  });

  it('refuses a pattern that would backtrack for ever (^(\\d+)+$) before it ever meets a line', () => {
    const result = createAsciiParser({ pattern: String.raw`^(\d+)+$` });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^pattern could hang the station/);
    expect(createAsciiParser({ errorPattern: String.raw`(e+)+$` }).ok).toBe(false);
  });

  it('refuses an invalid pattern with a clear error', () => {
    const result = createAsciiParser({ pattern: '([' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^pattern is not a valid regular expression/);
    expect(createAsciiParser({ maxLineLength: 2 }).ok).toBe(false);
  });

  it('drops binary noise and overlong lines, then reads the next line', () => {
    const p = make({ maxLineLength: 16 });
    const stream = concatBytes(Uint8Array.of(0x01, 0x33, 0x36, 0xff), ascii('\n'), ascii('x'.repeat(40)), ascii('\n36.8\n'));
    const events = feed(p, byteByByte(stream));
    expect(readings(events)).toEqual([36.8]);
    expect(faults(events)).toEqual(['unparsed', 'unparsed']);
    expect(p.counters().droppedBytes).toBe(40);
  });

  it('decodes any chunking the same way', () => {
    const stream = ascii('T=36.6C\r\nErr.1\r\n97.9F\r\n36.5\r\n');
    const expected = feed(make(), [stream]);
    fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 20 }), (cuts) => {
      expect(feed(make(), splitAt(stream, cuts))).toEqual(expected);
    }));
  });

  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 10 }), (chunks) => {
      const p = make();
      for (const e of feed(p, chunks)) if (e.kind === 'reading') expect(Number.isFinite(e.celsius)).toBe(true);
      expect(p.counters().bytes).toBe(chunks.reduce((n, c) => n + c.length, 0));
    }));
  });
});
