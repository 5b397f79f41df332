import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStation } from '../../../electron/station/open-station.ts';
import type { Station } from '../../../electron/station/station.ts';
import { localPersonScreening, STATION_SETTINGS_FOR_TESTS } from '../../support/temp-station.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => { for (const f of cleanup.splice(0)) await f(); });

const mode = (path: string) => statSync(path).mode & 0o777;
const asRoot = process.getuid?.() === 0;

/** What another local account gets when it tries to read the file: the exit code of `cat` run as `nobody`. */
function readAsNobody(path: string): { status: number | null; stderr: string } {
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--', 'cat', path], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

/** A home-like folder other accounts can walk through (0755), holding the station's data folder. */
function home(): string {
  const dir = mkdtempSync(join(tmpdir(), 'home-'));
  chmodSync(dir, 0o755);
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function setUpStation(dbPath: string): Promise<{ station: Station; supervisor: string }> {
  const station = await openStation({ dbPath });
  cleanup.unshift(() => station.close());
  const { token: supervisor } = await station.call('setup', { settings: STATION_SETTINGS_FOR_TESTS, supervisor: { name: '王芳', pin: '246813' } });
  await station.call('recordScreening', localPersonScreening(), supervisor);
  return { station, supervisor };
}

/** Every file and folder under `dir` with a mode other accounts could use. */
function openToOthers(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => (statSync(p).mode & 0o077) !== 0)
    .map((p) => `${p.slice(dir.length + 1)} ${mode(p).toString(8)}`);
}

describe('the data folder is for the station account only', () => {
  it('is created 0700 with the database, WAL, logs, backups and exports 0600', async () => {
    const data = join(home(), 'checkpoint-station');
    const { station, supervisor } = await setUpStation(join(data, 'station.db'));
    await station.call('backupNow', {}, supervisor);
    await station.call('exportReport', { from: (await station.call('status', {})).today, format: 'csv', fullId: true }, supervisor);

    expect(mode(data)).toBe(0o700);
    for (const f of ['station.db', 'station.db-wal', 'station.db-shm']) expect(mode(join(data, f)), f).toBe(0o600);
    for (const d of ['logs', 'backups', 'exports']) {
      expect(mode(join(data, d)), d).toBe(0o700);
      expect(readdirSync(join(data, d)).length, d).toBeGreaterThan(0);
    }
    expect(openToOthers(data)).toEqual([]);
  });

  it('tightens what an older version left world-readable, at start', async () => {
    const data = join(home(), 'checkpoint-station');
    const dbPath = join(data, 'station.db');
    const first = await setUpStation(dbPath);
    await first.station.call('backupNow', {}, first.supervisor);
    await first.station.close();
    cleanup.shift();
    // As main left it: 0755 folders, 0644 files.
    for (const p of [data, ...readdirSync(data, { recursive: true }).map((n) => join(data, String(n)))]) {
      chmodSync(p, statSync(p).isDirectory() ? 0o755 : 0o644);
    }
    expect(openToOthers(data).length).toBeGreaterThan(3);

    const station = await openStation({ dbPath });
    cleanup.unshift(() => station.close());
    expect(openToOthers(data)).toEqual([]);
  });

  it.skipIf(!asRoot)('keeps another account (nobody) from reading the records, the PIN hashes and the signing key', async () => {
    const data = join(home(), 'checkpoint-station');
    mkdirSync(data, { mode: 0o755 });
    chmodSync(data, 0o755);
    const dbPath = join(data, 'station.db');
    const { station, supervisor } = await setUpStation(dbPath);
    await station.call('signingKey', {}, supervisor); // the key is made and stored
    const backup = await station.call('backupNow', {}, supervisor);

    for (const file of [dbPath, `${dbPath}-wal`, join(data, 'backups', backup.name)]) {
      const attempt = readAsNobody(file);
      expect(attempt.status, file).not.toBe(0);
      expect(attempt.stderr, file).toMatch(/Permission denied/);
    }
  });
});
