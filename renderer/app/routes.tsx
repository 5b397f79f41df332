import { lazy, type ComponentType, type ReactElement } from 'react';
import type { StaffRole } from '../../shared/api/core.ts';
import { PersonScreen } from '../screens/screening/PersonScreen.tsx';

/**
 * A screen in its own chunk, fetched the first time it is opened: the app starts with the
 * home screen only, and the office screens (日报, settings, maintenance) load when a
 * supervisor goes there. The UI's own files, so this works offline.
 */
function onFirstOpen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  return lazy<ComponentType>(() => load().then((m) => ({ default: m[name] })));
}

const VehicleScreen = onFirstOpen(() => import('../screens/vehicle/VehicleScreen.tsx'), 'VehicleScreen');
const TodayScreen = onFirstOpen(() => import('../screens/TodayScreen.tsx'), 'TodayScreen');
const EndOfDayScreen = onFirstOpen(() => import('../screens/report/EndOfDayScreen.tsx'), 'EndOfDayScreen');
const ScannerCheckScreen = onFirstOpen(() => import('../scan/ScannerCheckScreen.tsx'), 'ScannerCheckScreen');
const ThermometerScreen = onFirstOpen(() => import('../thermometer/ThermometerScreen.tsx'), 'ThermometerScreen');
const MaintenanceScreen = onFirstOpen(() => import('../screens/maintenance/MaintenanceScreen.tsx'), 'MaintenanceScreen');
const RulesScreen = onFirstOpen(() => import('../screens/rules/RulesScreen.tsx'), 'RulesScreen');
const StationScreen = onFirstOpen(() => import('../screens/station/StationScreen.tsx'), 'StationScreen');
const TransfersScreen = onFirstOpen(() => import('../screens/transfers/TransfersScreen.tsx'), 'TransfersScreen');
const IncidentsScreen = onFirstOpen(() => import('../screens/incidents/IncidentsScreen.tsx'), 'IncidentsScreen');
const FollowUpScreen = onFirstOpen(() => import('../screens/isolation/FollowUpScreen.tsx'), 'FollowUpScreen');

export interface Route {
  id: string;
  /** i18n key of the navigation label, `namespace:key`. */
  labelKey: string;
  render(): ReactElement;
  supervisorOnly?: boolean;
  /** Who sees the screen when not everyone but a health worker does (home isolation, issue 13). */
  roles?: readonly StaffRole[];
}

/** Whether a signed-in role sees a route: a health worker sees only the routes that name them. */
export function routeVisible(route: Route, role: StaffRole | undefined): boolean {
  if (route.roles) return role !== undefined && route.roles.includes(role);
  if (role === 'health-worker') return false;
  return !route.supervisorOnly || role === 'supervisor';
}

/** Not in the navigation: opened from the status bar (or shown by itself when a new PIN is due). */
export const OWN_PIN_ROUTE = 'own-pin';

/** The app's screens, in navigation order; the first is home. One line each. */
export const routes: Route[] = [
  { id: 'person', labelKey: 'screening:nav.person', render: () => <PersonScreen /> },
  { id: 'vehicle', labelKey: 'screening:nav.vehicle', render: () => <VehicleScreen /> },
  { id: 'today', labelKey: 'common:nav.today', render: () => <TodayScreen /> },
  { id: 'transfers', labelKey: 'transfers:nav', render: () => <TransfersScreen /> },
  { id: 'incidents', labelKey: 'transfers:navIncidents', render: () => <IncidentsScreen /> },
  { id: 'report', labelKey: 'report:nav', render: () => <EndOfDayScreen /> },
  { id: 'scanners', labelKey: 'scan:nav', render: () => <ScannerCheckScreen /> },
  { id: 'thermometer', labelKey: 'thermometer:nav', render: () => <ThermometerScreen /> },
  { id: 'isolation', labelKey: 'isolation:nav', render: () => <FollowUpScreen />, roles: ['supervisor', 'health-worker'] },
  { id: 'maintenance', labelKey: 'maintenance:nav', render: () => <MaintenanceScreen />, supervisorOnly: true },
  { id: 'rules', labelKey: 'rules:nav', render: () => <RulesScreen />, supervisorOnly: true },
  { id: 'station', labelKey: 'station:nav', render: () => <StationScreen />, supervisorOnly: true },
];
