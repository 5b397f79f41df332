import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { RecoveryScreen } from '../screens/maintenance/RecoveryScreen.tsx';
import { SetupScreen } from '../screens/SetupScreen.tsx';
import { SignInScreen } from '../screens/SignInScreen.tsx';
import { OwnPinScreen } from '../screens/own-pin/OwnPinScreen.tsx';
import { OWN_PIN_ROUTE, routes, routeVisible } from './routes.tsx';
import { StatusBar } from './StatusBar.tsx';
import { useStation } from './station-context.tsx';
import { useHashRoute } from './use-hash-route.ts';

/** The frame: status bar, navigation, and the screen for the current route (or setup / sign-in). */
export function App() {
  const { t } = useTranslation();
  const { status, staff, signOut } = useStation();
  const [routeId, go] = useHashRoute(routes[0]!.id);
  const visible = routes.filter((r) => routeVisible(r, staff?.role));
  const route = visible.find((r) => r.id === routeId) ?? visible[0]!;

  let body;
  if (!status) body = <p className="loading" aria-busy="true">…</p>;
  else if (status.recovery) body = <RecoveryScreen recovery={status.recovery} />;
  else if (!status.setUp) body = <SetupScreen />;
  else if (!staff) body = <SignInScreen />;
  else if (staff.mustChangePin || routeId === OWN_PIN_ROUTE) body = <OwnPinScreen onDone={() => go(visible[0]!.id)} />;
  else body = route.render();

  return (
    <div className="app">
      <StatusBar />
      {staff && !staff.mustChangePin && status?.setUp && !status.recovery && (
        <nav className="main-nav">
          {visible.map((r) => (
            <button key={r.id} type="button" aria-current={r.id === route.id ? 'page' : undefined} onClick={() => go(r.id)}>
              {t(r.labelKey)}
            </button>
          ))}
          <button type="button" className="sign-out" onClick={() => void signOut()}>{t('common:nav.signOut')}</button>
        </nav>
      )}
      {/* Screens other than home load on first open (routes.tsx): a moment's placeholder. */}
      <main className="screen"><Suspense fallback={<p className="loading" aria-busy="true">…</p>}>{body}</Suspense></main>
    </div>
  );
}
