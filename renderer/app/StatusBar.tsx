import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n.ts';
import { OWN_PIN_ROUTE } from './routes.tsx';
import { useStation } from './station-context.tsx';
import { OpenMattersBadges } from '../screens/transfers/OpenMattersBadges.tsx';

function useBrowserOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => { window.removeEventListener('online', update); window.removeEventListener('offline', update); };
  }, []);
  return online;
}

/** Always on screen: which station, who is on duty, the thermometer (and ID-card reader), today's count, a clock behind the last record, connectivity. */
export function StatusBar() {
  const { t, i18n } = useTranslation('common');
  const { status, staff, connected } = useStation();
  const online = useBrowserOnline();
  const thermometer = status?.devices.find((d) => d.device === 'thermometer');
  // Shown only at stations that have an ID-card reader set up.
  const reader = status?.devices.find((d) => d.device === 'idcard');
  return (
    <header className="status-bar" role="banner">
      <strong className="status-station">{status?.stationName || t('appName')}</strong>
      <span data-testid="status-staff">{t('status.onDuty')}: {staff ? staff.name : t('status.nobodyOnDuty')}</span>
      {staff && <a className="own-pin-link" href={`#/${OWN_PIN_ROUTE}`} data-testid="own-pin-link">{t('ownPin.link')}</a>}
      <span data-testid="status-thermometer" className={`device device-${thermometer?.state ?? 'none'}`}>
        {t('status.thermometer')}: {t(`status.device.${thermometer?.state ?? 'none'}`)}
      </span>
      {reader && (
        <span data-testid="status-idcard" className={`device device-${reader.state}`}>
          {t('status.idcard')}: {t(`status.device.${reader.state}`)}
        </span>
      )}
      <OpenMattersBadges />
      <span data-testid="status-count">{t('status.records')}: <b>{status?.counts.today ?? '–'}</b></span>
      {status?.clockBehindLastRecord && (
        <span data-testid="status-clock-behind" className="warn" role="alert"
          title={t('status.clockBehindHint', { time: new Date(status.clockBehindLastRecord).toLocaleString(i18n.language) })}>
          {t('status.clockBehind')}
        </span>
      )}
      <span data-testid="status-online" className={connected && online ? 'ok' : 'warn'}>
        {!connected ? t('status.stationLost') : online ? t('status.online') : t('status.offline')}
      </span>
      <button type="button" className="lang-switch" data-testid="lang-switch"
        onClick={() => setLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')}>
        {t('language.switchTo')}
      </button>
    </header>
  );
}
