import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pushedEventNames, type MethodName, type MethodOutput } from '../../shared/api/contract.ts';
import { checkDatabaseHealth } from '../store/database-health.ts';
import { lockDatabase } from '../store/database-lock.ts';
import { NewerDatabaseError } from '../store/migrate.ts';
import { makeOwnerOnly, ownerOnlyDatabaseFiles, ownerOnlyFolder, STATION_FOLDERS } from '../store/private-files.ts';
import { APP_DIR_NAME } from '../cli/data-dir.ts';
import { EventBus } from './event-bus.ts';
import { dispatcher, type StationCall } from './dispatch.ts';
import { recoveryMode, type Recovered } from './recovery.ts';
import { closeStationLog, openStationLog, stationLog } from './station-log.ts';
import { ChainBrokenError, createStation, type Station, type StationOptions } from './station.ts';
import type { RecoveryState } from '../../shared/api/maintenance.ts';

/** Refusals worth a line in the log: sign-in failures, locks, role checks. */
const REFUSALS = new Set(['unauthenticated', 'forbidden', 'locked']);

/**
 * Tightens what an older version (or a careless copy) left readable by other accounts: the
 * database and its WAL/SHM, the backups, logs and exports, 0600 files in 0700 folders. The
 * folder itself is made owner-only when it is the station's own (new, or the app's data
 * folder); a database someone put in a folder of theirs with `--db` leaves that folder's mode
 * to them, but not the station's files in it.
 */
function secureDataFolder(dbPath: string): void {
  const dir = dirname(dbPath);
  if (!existsSync(dir) || basename(dir) === APP_DIR_NAME) ownerOnlyFolder(dir);
  ownerOnlyDatabaseFiles(dbPath, false);
  for (const folder of STATION_FOLDERS) if (existsSync(join(dir, folder))) makeOwnerOnly(join(dir, folder));
  // A log folder that cannot be made is handled where the log opens (stderr instead).
  try { ownerOnlyFolder(join(dir, 'logs')); } catch { /* below */ }
}

/**
 * How the app, `serve` and the kiosk launcher start the station: the log file opens, the
 * database is checked (opens, passes SQLite's quick check), and only a healthy or brand-new
 * database is opened. Otherwise the station starts in recovery: `status` says why and lists
 * the good backups, and nothing else runs until a supervisor restores one; then the real
 * station takes over behind the same object, so transports never notice the swap. A database
 * another station has open is refused (DatabaseInUseError) before anything is read or written.
 */
export async function openStation(options: StationOptions): Promise<Station> {
  secureDataFolder(options.dbPath);
  const lock = lockDatabase(options.dbPath);
  // A log folder that cannot be written must not keep the station from starting: stderr it is.
  const log = await openStationLog(join(dirname(options.dbPath), 'logs')).catch(() => stationLog());
  const bus = new EventBus();
  let inner: Station | null = null;
  let recovery: StationCall | null = null;

  function attach(station: Station): void {
    inner = station;
    for (const name of pushedEventNames) station.bus.on(name, (data, to) => bus.emit(name, data as never, to));
  }

  function startRecovery(problem: RecoveryState['problem'], detail: string): void {
    log.error({ event: 'station.recovery', problem, detail }, 'station database unusable: started in recovery');
    recovery = dispatcher(recoveryMode(options.dbPath, { problem, detail }, (done: Recovered) => {
      // The restored database already holds the restore event and its audit line, its sessions ended.
      const station = createStation(options);
      log.warn({ event: 'backup.recover', backup: done.backup, damagedFileKeptAs: done.damagedFileKeptAs, restoreSeq: done.restoreSeq }, 'recovered from a backup');
      attach(station);
      recovery = null;
    }));
  }

  const health = checkDatabaseHealth(options.dbPath, options.nativeBinding);
  log.info({ event: 'station.start', health: health.state }, 'station starting');
  if (health.state === 'ok' || health.state === 'new') {
    try {
      attach(createStation(options));
    } catch (err) {
      if (err instanceof ChainBrokenError) startRecovery('chain-broken', err.message.slice(0, 300));
      else if (err instanceof NewerDatabaseError) startRecovery('newer-version', err.message.slice(0, 300));
      else startRecovery('unreadable', `${(err as { code?: string }).code ?? ''} ${(err as Error).message}`.trim().slice(0, 300));
    }
  } else {
    startRecovery(health.state, health.detail);
  }
  bus.on('deviceStatus', (d) => log.info({ event: 'device', device: d.device, state: d.state, detail: d.detail }, 'device status'));

  return {
    get core() {
      if (!inner) throw new Error('the station is in recovery: its database is not open');
      return inner.core;
    },
    bus,
    sessionActive: (sessionToken) => inner?.sessionActive(sessionToken) ?? false,
    async call<M extends MethodName>(method: M, input: unknown, sessionToken: string | null = null): Promise<MethodOutput<M>> {
      try {
        if (inner) return await inner.call(method, input, sessionToken);
        return await recovery!(method, input, sessionToken);
      } catch (err) {
        // Only the method and the code: a message or an input could carry a name or an ID.
        const code = (err as { code?: string }).code ?? 'internal';
        if (code === 'storage' || code === 'internal') log.error({ event: 'call-failed', method, code }, 'call failed');
        else if (REFUSALS.has(code)) log.warn({ event: 'call-refused', method, code }, 'call refused');
        throw err;
      }
    },
    async close() {
      try { await inner?.close(); } finally { lock.release(); }
      log.info({ event: 'station.stop' }, 'station stopped');
      closeStationLog();
    },
  };
}
