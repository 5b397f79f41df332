import { describe, expect, it } from 'vitest';
import { createAsciiParser } from '../../../../shared/thermometer/ascii.ts';
import { createGyParser } from '../../../../shared/thermometer/gy-mcu90614.ts';
import { createModbusResponseParser } from '../../../../shared/thermometer/modbus.ts';
import type { FrameParser } from '../../../../shared/thermometer/types.ts';

/** 10 MB from a fixed-seed LCG: the same noise every run. */
function noise(bytes: number, seed: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let s = seed >>> 0;
  for (let i = 0; i < bytes; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

function readingsIn(parser: FrameParser, data: Uint8Array): number {
  let count = 0;
  for (let at = 0; at < data.length; at += 4096) {
    for (const e of parser.push(data.subarray(at, at + 4096))) if (e.kind === 'reading') count++;
  }
  return count;
}

describe('10 MB of random bytes', () => {
  const data = noise(10 * 1024 * 1024, 20261129);

  it('yield no GY-MCU90614 reading', () => {
    const p = createGyParser();
    expect(readingsIn(p, data)).toBe(0);
    expect(p.counters().bytes).toBe(data.length);
  });

  it('yield no Modbus reading for either function', () => {
    expect(readingsIn(createModbusResponseParser({ slave: 1, fn: 3, scale: 0.1 }), data)).toBe(0);
    expect(readingsIn(createModbusResponseParser({ slave: 1, fn: 4, scale: 0.1 }), data)).toBe(0);
  });

  it('do not crash the ASCII parser', () => {
    const p = createAsciiParser();
    if (!p.ok) throw new Error(p.error);
    readingsIn(p.value, data);
    expect(p.value.counters().bytes).toBe(data.length);
  });
});
