import type { ReactElement } from 'react';
import { StationScreen } from '../screens/station/StationScreen.tsx';
import { MaintenanceScreen } from '../screens/maintenance/MaintenanceScreen.tsx';
import { TodayScreen } from '../screens/TodayScreen.tsx';
import { EndOfDayScreen } from '../screens/report/EndOfDayScreen.tsx';
import { ScannerCheckScreen } from '../scan/ScannerCheckScreen.tsx';
import { PersonScreen } from '../screens/screening/PersonScreen.tsx';
import { VehicleScreen } from '../screens/vehicle/VehicleScreen.tsx';
import { RulesScreen } from '../screens/rules/RulesScreen.tsx';
import { ThermometerScreen } from '../thermometer/ThermometerScreen.tsx';

export interface Route {
  id: string;
  /** i18n key of the navigation label, `namespace:key`. */
  labelKey: string;
  render(): ReactElement;
  supervisorOnly?: boolean;
}

/** Not in the navigation: opened from the status bar (or shown by itself when a new PIN is due). */
export const OWN_PIN_ROUTE = 'own-pin';

/** The app's screens, in navigation order; the first is home. One line each. */
export const routes: Route[] = [
  { id: 'person', labelKey: 'screening:nav.person', render: () => <PersonScreen /> },
  { id: 'vehicle', labelKey: 'screening:nav.vehicle', render: () => <VehicleScreen /> },
  { id: 'today', labelKey: 'common:nav.today', render: () => <TodayScreen /> },
  { id: 'report', labelKey: 'report:nav', render: () => <EndOfDayScreen /> },
  { id: 'scanners', labelKey: 'scan:nav', render: () => <ScannerCheckScreen /> },
  { id: 'thermometer', labelKey: 'thermometer:nav', render: () => <ThermometerScreen /> },
  { id: 'maintenance', labelKey: 'maintenance:nav', render: () => <MaintenanceScreen />, supervisorOnly: true },
  { id: 'rules', labelKey: 'rules:nav', render: () => <RulesScreen />, supervisorOnly: true },
  { id: 'station', labelKey: 'station:nav', render: () => <StationScreen />, supervisorOnly: true },
];
