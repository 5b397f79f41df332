import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openStation } from '../../../electron/station/open-station.ts';
import { DatabaseInUseError } from '../../../electron/store/database-lock.ts';
import { startStationProcess, type RunningStation } from '../../support/station-process.ts';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => { for (const f of cleanup.splice(0)) await f(); });

async function running(): Promise<RunningStation> {
  const s = await startStationProcess();
  cleanup.push(() => s.stop());
  return s;
}

describe('one station per database, across processes', () => {
  it('refuses a second station on a database a running `serve` has open, naming its process', async () => {
    const first = await running();
    await expect(openStation({ dbPath: first.dbPath })).rejects.toThrow(DatabaseInUseError);
    await expect(openStation({ dbPath: first.dbPath })).rejects.toThrow(`another station (process ${first.child.pid}) already has this database open`);
    expect(readFileSync(`${first.dbPath}.lock`, 'utf8').trim()).toBe(String(first.child.pid));
    // The first station is untouched by the refusal.
    expect((await first.api('status', {})).setUp).toBe(false);
  });

  it('opens after the station holding it was killed (SIGKILL leaves its lock behind)', async () => {
    const first = await running();
    const exited = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    await exited;
    expect(existsSync(`${first.dbPath}.lock`)).toBe(true);
    const second = await openStation({ dbPath: first.dbPath });
    expect(readFileSync(`${first.dbPath}.lock`, 'utf8').trim()).toBe(String(process.pid));
    expect((await second.call('status', {})).recovery).toBeUndefined();
    await second.close();
    expect(existsSync(`${first.dbPath}.lock`)).toBe(false);
  });
});
