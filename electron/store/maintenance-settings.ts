import type { Database } from 'better-sqlite3';
import { MaintenanceSettings } from '../../shared/api/maintenance.ts';
import type { Patch } from '../../shared/api/patch.ts';
import { patchSettings, readSettings } from './settings-store.ts';

const GROUP = 'maintenance';

/** Backups to keep and the longest shift: read by the backup timer and every session check. */
export function readMaintenanceSettings(db: Database): MaintenanceSettings {
  return readSettings(db, GROUP, MaintenanceSettings);
}

export function writeMaintenanceSettings(db: Database, patch: Patch<MaintenanceSettings>): MaintenanceSettings {
  return patchSettings(db, GROUP, MaintenanceSettings, patch);
}
