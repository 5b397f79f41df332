import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crcOk } from '../../../../shared/thermometer/crc16-modbus.ts';
import {
  buildExceptionResponse, buildReadRequest, buildReadResponse, createModbusMaster, createModbusResponseParser,
  MODBUS_DEFAULTS, MODBUS_PRESETS,
} from '../../../../shared/thermometer/modbus.ts';
import type { ParseEvent } from '../../../../shared/thermometer/types.ts';
import { byteByByte, concatBytes, feed, hex, splitAt } from '../../../support/byte-chunks.ts';

const readings = (events: ParseEvent[]) => events.filter((e) => e.kind === 'reading').map((e) => e.celsius);
const faults = (events: ParseEvent[]) => events.flatMap((e) => (e.kind === 'fault' ? [e.fault] : []));
const parser = (slave = 1, fn: 3 | 4 = 3, scale = 0.1) => createModbusResponseParser({ slave, fn, scale });

describe('Modbus RTU requests', () => {
  it('builds the documented request for register 0x12', () => {
    expect(buildReadRequest(1, 3, 0x12)).toEqual(hex('01 03 00 12 00 01 24 0F'));
  });

  it('builds input-register reads and carries the slave address', () => {
    const req = buildReadRequest(7, 4, 0x0e);
    expect(Array.from(req.subarray(0, 6))).toEqual([7, 4, 0, 0x0e, 0, 1]);
    expect(crcOk(req)).toBe(true);
  });

  it('has the vendor presets', () => {
    expect(MODBUS_PRESETS['calex-pyrousb'].register).toBe(0x12);
    expect(MODBUS_PRESETS['omega-os-miniusb'].register).toBe(0x0e);
  });
});

describe('Modbus RTU responses', () => {
  it('decodes the documented response as 36.9 °C', () => {
    const events = parser().push(hex('01 03 02 01 71 79 F0'));
    expect(events).toEqual([{ kind: 'reading', celsius: 36.9, frame: hex('01 03 02 01 71 79 F0') }]);
  });

  it('decodes signed values and applies the scale', () => {
    expect(readings(parser().push(buildReadResponse(1, 3, -125)))).toEqual([-12.5]);
    expect(readings(parser(1, 3, 0.01).push(buildReadResponse(1, 3, 3655)))).toEqual([36.55]);
    expect(readings(parser(2, 4).push(buildReadResponse(2, 4, 370)))).toEqual([37]);
  });

  it('reports exception responses as faults, never as values', () => {
    const p = parser();
    const events = p.push(buildExceptionResponse(1, 3, 2));
    expect(readings(events)).toEqual([]);
    expect(events[0]).toMatchObject({ kind: 'fault', fault: 'exception' });
    expect(events[0]!.kind === 'fault' && events[0]!.detail).toContain('illegal data address');
    expect(p.counters().droppedFrames).toBe(1);
  });

  it('rejects a bad CRC and resynchronises on the next response', () => {
    const bad = buildReadResponse(1, 3, 366);
    bad[6] = bad[6]! ^ 0x80;
    const p = parser();
    const events = feed(p, byteByByte(concatBytes(bad, buildReadResponse(1, 3, 367))));
    expect(readings(events)).toEqual([36.7]);
    expect(faults(events)).toContain('bad-checksum');
  });

  it('ignores other slaves, other functions and noise', () => {
    const stream = concatBytes(hex('FF 00 01'), buildReadResponse(2, 3, 360), buildReadResponse(1, 4, 361), buildReadResponse(1, 3, 362));
    const p = parser();
    expect(readings(p.push(stream))).toEqual([36.2]);
    expect(p.counters().droppedBytes).toBe(3 + 7 + 7);
  });

  it('decodes any chunking of a noisy stream the same way', () => {
    const stream = concatBytes(hex('01 03 05'), buildReadResponse(1, 3, 365), hex('01'), buildExceptionResponse(1, 3, 6), buildReadResponse(1, 3, -40));
    const expected = feed(parser(), [stream]);
    expect(readings(expected)).toEqual([36.5, -4]);
    expect(faults(expected)).toEqual(['exception']);
    fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 20 }), (cuts) => {
      expect(feed(parser(), splitAt(stream, cuts))).toEqual(expected);
    }));
  });

  it('never throws on random bytes and never yields a reading with a bad CRC', () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 20 }), fc.constantFrom<3 | 4>(3, 4), (chunks, fn) => {
      for (const e of feed(parser(1, fn), chunks)) if (e.kind === 'reading') expect(crcOk(e.frame)).toBe(true);
    }));
  });
});

describe('Modbus RTU master', () => {
  const options = { ...MODBUS_DEFAULTS, intervalMs: 100, timeoutMs: 50 };

  it('keeps one request in flight and polls on the interval', () => {
    const m = createModbusMaster(options);
    expect(m.poll(0)).toEqual(buildReadRequest(1, 3, 0x12));
    expect(m.poll(10)).toBeNull();
    expect(readings(m.push(buildReadResponse(1, 3, 369)))).toEqual([36.9]);
    expect(m.poll(50)).toBeNull();
    expect(m.poll(100)).not.toBeNull();
  });

  it('reports a timeout once and polls again', () => {
    const m = createModbusMaster(options);
    m.poll(0);
    expect(m.tick(49)).toEqual([]);
    const events = m.tick(50);
    expect(faults(events)).toEqual(['timeout']);
    expect(m.tick(60)).toEqual([]);
    expect(m.counters().droppedFrames).toBe(1);
    expect(m.poll(100)).not.toBeNull();
  });

  it('an exception answer ends the request without a timeout', () => {
    const m = createModbusMaster(options);
    m.poll(0);
    expect(faults(m.push(buildExceptionResponse(1, 3, 4)))).toEqual(['exception']);
    expect(m.tick(80)).toEqual([]);
  });
});
