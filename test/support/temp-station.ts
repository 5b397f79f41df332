import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodInput } from '../../shared/api/contract.ts';
import type { Verdict } from '../../shared/domain/screening.ts';
import type { PinCost } from '../../electron/store/pin.ts';
import { createStation, type Station, type StationOptions } from '../../electron/station/station.ts';
import { checkedAnswers } from './checked-answers.ts';

export const STATION_SETTINGS_FOR_TESTS = {
  stationName: '东村路口卡点', stationCode: 'GX-001', localRegionPrefixes: ['4502'], localPlatePrefixes: ['桂B'],
};

/**
 * The scrypt cost tests hash PINs at: the same code at 1-2 MiB instead of 32-64 MiB, since a
 * station set up at the production cost spends ~0.6 s of CPU on its two PINs. Supervisors
 * still cost more than staff. What a real station uses is proven where it matters
 * (test/unit/electron/store/pin.test.ts), and stations started as a real program
 * (`serve`, the CLI) always run at SCRYPT_COST.
 */
export const TEST_PIN_COST: PinCost = { staff: 2 ** 10, 'health-worker': 2 ** 10, supervisor: 2 ** 11 };

/** A real station in this process on a real SQLite file in a temporary folder; every answer is held to its response schema. */
export interface TempStation {
  station: Station;
  dir: string;
  dbPath: string;
  supervisor: string;
  staff: string;
  /** Closes the station but keeps its files, e.g. to edit the database by hand. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Sets up the station with a supervisor (王芳) and a staff member (李明), both signed in, PINs
 * at TEST_PIN_COST unless `options` says otherwise.
 */
export async function tempStation(options: Partial<Omit<StationOptions, 'dbPath'>> = {}): Promise<TempStation> {
  const dir = mkdtempSync(join(tmpdir(), 'station-'));
  const dbPath = join(dir, 'station.db');
  const station = checkedAnswers(createStation({ pinCost: TEST_PIN_COST, ...options, dbPath }));
  const supervisor = (await station.call('setup', { settings: STATION_SETTINGS_FOR_TESTS, supervisor: { name: '王芳', pin: '246813' } })).token;
  await station.call('addStaff', { name: '李明', pin: '1357', role: 'staff' }, supervisor);
  const staff = (await station.call('signIn', { name: '李明', pin: '1357' })).token;
  let stopped: Promise<void> | null = null;
  const stop = () => (stopped ??= station.close());
  return {
    station, dir, dbPath, supervisor, staff, stop,
    async close() { await stop(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** A complete, valid person screening that the rules let in at this station (temperature typed: a device reading needs a thermometer). */
/**
 * A local person let in: what staff send to `recordScreening` (which reads only the decision),
 * with the verdict's reasons too, so tests can also store it as a payload or a correction.
 */
export function localPersonScreening(name = '张三'): MethodInput<'recordScreening'> & { verdict: Verdict } {
  return {
    screening: {
      kind: 'person', direction: 'in',
      person: {
        name, idNumber: '450203199001011233', phone: '13800001111', origin: '南宁', destination: '东村', reason: '回家',
        temperature: { celsius: 36.6, source: 'manual' }, healthCode: { colour: 'green' },
      },
    },
    verdict: { decision: 'allow', reasons: [] },
  };
}

/** A person with 38.4 °C typed in: the station judges it a fever referral (and opens a transfer). */
export function feverReferral(name = '发热者'): MethodInput<'recordScreening'> & { verdict: Verdict } {
  const s = localPersonScreening(name);
  return { ...s, screening: { ...s.screening, person: { ...(s.screening as { person: object }).person, temperature: { celsius: 38.4, source: 'manual' as const } } } as never, verdict: { decision: 'refer' as const, reasons: ['fever'] } };
}
