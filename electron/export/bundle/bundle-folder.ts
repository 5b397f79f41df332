import type { Database } from 'better-sqlite3';
import { uncounted, type RowCounter } from '../../reads/read-progress.ts';
import { writeAtomically } from '../atomic-write.ts';
import { bundleRawRows, type DateRange } from '../range-events.ts';
import { stationSettings } from '../../store/settings/station.ts';
import type { StationKey } from '../station-key.ts';
import { linesOfRaw } from './event-line.ts';
import { writeBundle } from './write-bundle.ts';

export interface BundleJob {
  range: DateRange;
  outDir: string;
  /** The folder's name starts with it (exportBaseName). */
  base: string;
  /** The station's signing key, unsealed where the keyring is (the station's own thread). */
  key: StationKey;
  createdBy: string;
}

/** The range's signed bundle as one folder in `outDir`, whole or not at all; `count` sees each event. */
export function writeBundleFolder(db: Database, job: BundleJob, count: RowCounter = uncounted): Promise<string[]> {
  const settings = stationSettings.read(db);
  return writeAtomically(job.outDir, [`${job.base}_bundle`], (_name, temp) =>
    writeBundle(temp, { settings, range: job.range, lines: linesOfRaw(count(bundleRawRows(db, job.range))), key: job.key, createdBy: job.createdBy }).then(() => undefined));
}
