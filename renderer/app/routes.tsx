import type { ReactElement } from 'react';
import { TodayScreen } from '../screens/TodayScreen.tsx';

export interface Route {
  id: string;
  /** i18n key of the navigation label, `namespace:key`. */
  labelKey: string;
  render(): ReactElement;
  supervisorOnly?: boolean;
}

/** The app's screens, in navigation order; the first is home. One line each. */
export const routes: Route[] = [
  { id: 'today', labelKey: 'common:nav.today', render: () => <TodayScreen /> },
];
