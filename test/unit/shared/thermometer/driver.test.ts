import { describe, expect, it } from 'vitest';
import { ThermometerConfig } from '../../../../shared/thermometer/config.ts';
import { createDriver } from '../../../../shared/thermometer/driver.ts';
import { encodeGyFrame } from '../../../../shared/thermometer/gy-mcu90614.ts';
import { buildReadRequest, buildReadResponse } from '../../../../shared/thermometer/modbus.ts';
import { ascii, hex } from '../../../support/byte-chunks.ts';

function driver(input: Parameters<typeof ThermometerConfig.parse>[0]) {
  const result = createDriver(ThermometerConfig.parse(input));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('thermometer config', () => {
  it('fills defaults for every protocol', () => {
    const c = ThermometerConfig.parse({});
    expect(c).toMatchObject({ protocol: 'gy-mcu90614', path: '', baudRate: 9600, offsetCelsius: 0 });
    expect(c.modbus).toMatchObject({ slave: 1, fn: 3, register: 0x12, scale: 0.1 });
  });

  it('rejects odd baud rates, offsets and Modbus fields', () => {
    expect(ThermometerConfig.safeParse({ baudRate: 9601 }).success).toBe(false);
    expect(ThermometerConfig.safeParse({ offsetCelsius: 6 }).success).toBe(false);
    expect(ThermometerConfig.safeParse({ modbus: { slave: 0 } }).success).toBe(false);
    expect(ThermometerConfig.safeParse({ modbus: { fn: 6 } }).success).toBe(false);
    expect(ThermometerConfig.safeParse({ modbus: { scale: 0 } }).success).toBe(false);
  });
});

describe('protocol drivers', () => {
  it('starts the GY module (and the virtual one) streaming on open', () => {
    for (const protocol of ['gy-mcu90614', 'virtual'] as const) {
      const d = driver({ protocol });
      expect(d.openCommands).toEqual([hex('A5 45 EA')]);
      expect(d.pollIntervalMs).toBeNull();
      expect(d.push(encodeGyFrame(36.5, 25))[0]).toMatchObject({ kind: 'reading', celsius: 36.5 });
    }
  });

  it('polls a Modbus device with its configured request', () => {
    const d = driver({ protocol: 'modbus', modbus: { slave: 2, fn: 4, register: 0x0e, intervalMs: 100, timeoutMs: 80 } });
    expect(d.openCommands).toEqual([]);
    expect(d.pollIntervalMs).toBe(20);
    expect(d.poll(0)).toEqual(buildReadRequest(2, 4, 0x0e));
    expect(d.push(buildReadResponse(2, 4, 368))[0]).toMatchObject({ kind: 'reading', celsius: 36.8 });
    expect(d.counters().frames).toBe(1);
  });

  it('reads ASCII lines with the configured pattern, and refuses a broken one', () => {
    expect(driver({ protocol: 'ascii' }).push(ascii('36.5\n'))[0]).toMatchObject({ celsius: 36.5 });
    const broken = createDriver(ThermometerConfig.parse({ protocol: 'ascii', ascii: { pattern: '(' } }));
    expect(broken.ok).toBe(false);
  });
});
