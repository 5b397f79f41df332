import { describe, expect, it } from 'vitest';
import type { TemperatureRecord } from '../../../../shared/domain/screening.ts';
import { ReadingLedger } from '../../../../electron/thermometer/reading-ledger.ts';

const T0 = Date.parse('2026-12-06T08:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

/** A ledger that has issued readings r1 (36.5 at +0 s), r2 (38.2 at +5 s), r3 (36.4 at +10 s). */
function ledger(options?: ConstructorParameters<typeof ReadingLedger>[0]) {
  const l = new ReadingLedger(options);
  l.issue({ id: 'r1', celsius: 36.5, at: at(0) });
  l.issue({ id: 'r2', celsius: 38.2, at: at(5_000) });
  l.issue({ id: 'r3', celsius: 36.4, at: at(10_000) });
  return l;
}
const device = (id: string, celsius: number): TemperatureRecord => ({ celsius, source: 'device', offsetCelsius: 0, capture: { id, at: at(0), device: 'thermometer' } });
const problems = (l: ReadingLedger, temps: (TemperatureRecord | undefined)[], nowMs = T0 + 20_000) => Object.fromEntries(l.check(temps, nowMs));

describe('ReadingLedger: one reading, one person, once', () => {
  it('accepts a reading it issued, with its value, for one person', () => {
    expect(problems(ledger(), [device('r1', 36.5)])).toEqual({});
  });

  it('accepts typed temperatures and absent ones: only device readings are traced', () => {
    expect(problems(ledger(), [{ celsius: 36.5, source: 'manual', offsetCelsius: 0 }, undefined])).toEqual({});
  });

  it('refuses a device temperature that names no reading', () => {
    expect(problems(ledger(), [{ celsius: 36.5, source: 'device', offsetCelsius: 0 }])).toEqual({ 0: 'capture-missing' });
  });

  it('refuses a reading it never issued', () => {
    expect(problems(ledger(), [device('elsewhere', 36.5)])).toEqual({ 0: 'capture-unknown' });
  });

  it('refuses a value the named reading did not give (a hundredth either way is rounding)', () => {
    expect(problems(ledger(), [device('r2', 36.5)])).toEqual({ 0: 'capture-mismatch' });
    expect(problems(ledger(), [device('r2', 38.21)])).toEqual({ 0: 'capture-mismatch' });
    expect(problems(ledger(), [device('r2', 38.2)])).toEqual({});
  });

  it('refuses one reading for two occupants of the same record', () => {
    expect(problems(ledger(), [device('r3', 36.4), device('r3', 36.4), device('r3', 36.4)])).toEqual({ 1: 'capture-used', 2: 'capture-used' });
  });

  it('refuses a reading already in a record', () => {
    const l = ledger();
    l.consume([device('r3', 36.4)], T0 + 11_000);
    expect(problems(l, [device('r3', 36.4)])).toEqual({ 0: 'capture-used' });
  });

  it('refuses a reading taken before the last record that used one: the previous person was in front', () => {
    const l = ledger();
    l.consume([device('r2', 38.2)], T0 + 5_001);
    expect(problems(l, [device('r1', 36.5)])).toEqual({ 0: 'capture-stale' });
    expect(problems(l, [device('r3', 36.4)])).toEqual({});
  });

  it('a record without device readings does not make later-used readings stale', () => {
    const l = ledger();
    l.consume([{ celsius: 36.5, source: 'manual', offsetCelsius: 0 }], T0 + 30_000);
    expect(problems(l, [device('r1', 36.5)])).toEqual({});
  });

  it('forgets readings held longer than it keeps them: measure again', () => {
    const l = ledger({ keepMs: 60_000 });
    expect(problems(l, [device('r1', 36.5)], T0 + 60_000)).toEqual({});
    expect(problems(l, [device('r1', 36.5)], T0 + 60_001)).toEqual({ 0: 'capture-unknown' });
    expect(problems(l, [device('r2', 38.2)], T0 + 60_001)).toEqual({});
  });

  it('remembers at most so many readings, dropping the oldest', () => {
    const l = ledger({ maxReadings: 2 });
    expect(problems(l, [device('r1', 36.5), device('r2', 38.2), device('r3', 36.4)])).toEqual({ 0: 'capture-unknown' });
  });
});
