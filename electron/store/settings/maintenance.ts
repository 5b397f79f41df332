import { MaintenanceSettings } from '../../../shared/api/maintenance.ts';
import { settingsGroup } from './group.ts';

/** Backups to keep and the longest shift: read by the backup timer and every session check. */
export const maintenanceSettings = settingsGroup('maintenance', MaintenanceSettings);
