import type { StationCore, StationModule } from '../module.ts';
import { coreModule } from './core.ts';
import { draftsModule } from './drafts.ts';
import { idCardModule } from './idcard.ts';
import { incidentModule } from './incident.ts';
import { maintenanceModule } from './maintenance.ts';
import { reportModule } from './report.ts';
import { rulesModule } from './rules.ts';
import { scannerModule } from './scanner.ts';
import { staffModule } from './staff.ts';
import { thermometerModule } from './thermometer.ts';
import { transferModule } from './transfer.ts';
import { isolationModule } from '../../isolation/module.ts';

/** Every capability of the station, one line each. Together they must cover the contract. */
export const stationModules: ((core: StationCore) => StationModule<never>)[] = [
  coreModule,
  staffModule,
  rulesModule,
  maintenanceModule,
  thermometerModule,
  scannerModule,
  idCardModule,
  reportModule,
  draftsModule,
  transferModule,
  incidentModule,
  isolationModule,
];
