import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScannerSettings } from '../../shared/api/scanner.ts';
import { BAUD_RATES } from '../../shared/thermometer/config.ts';
import { useApiError } from '../app/use-api-error.ts';
import { useStation } from '../app/station-context.tsx';

/** Port and speed of a serial (COM) barcode scanner; a supervisor saves, anyone reconnects. */
export function SerialScannerSettings() {
  const { t } = useTranslation('scan');
  const { client, staff, status } = useStation();
  const [settings, setSettings] = useState<ScannerSettings | null>(null);
  const [ports, setPorts] = useState<string[]>([]);
  const [error, showError, clearError] = useApiError();
  const device = status?.devices.find((d) => d.device === 'scanner');

  useEffect(() => {
    client.call('getScannerSettings', {}).then(setSettings, showError);
    client.call('listSerialPorts', {}).then((list) => setPorts(list.map((p) => p.path)), () => {});
  }, [client, showError]);

  if (!settings) return null;
  const supervisor = staff?.role === 'supervisor';
  const save = () => {
    clearError();
    client.call('updateScannerSettings', { ...settings, autoConnect: settings.path !== '' }).then(setSettings, showError);
  };

  return (
    <div className="serial-scanner-settings">
      <label>
        {t('serial.port')}
        <input name="scannerPort" list="scanner-ports" value={settings.path} disabled={!supervisor}
          onChange={(e) => setSettings({ ...settings, path: e.target.value })} placeholder="/dev/ttyACM0, COM4" />
        <datalist id="scanner-ports">{ports.map((p) => <option key={p} value={p} />)}</datalist>
      </label>
      <label>
        {t('serial.baud')}
        <select name="scannerBaud" value={settings.baudRate} disabled={!supervisor}
          onChange={(e) => setSettings({ ...settings, baudRate: Number(e.target.value) })}>
          {BAUD_RATES.map((b) => <option key={b} value={b}>{b}</option>)}
        </select>
      </label>
      {supervisor
        ? <button type="button" onClick={save}>{t('serial.save')}</button>
        : <button type="button" onClick={() => void client.call('connectScanner', {}).catch(showError)}>{t('serial.reconnect')}</button>}
      <p className="hint" data-testid="scanner-state">
        {t('serial.state')}: {device ? `${t(`common:status.device.${device.state}`)} ${device.detail}` : t('common:status.device.none')}
      </p>
      {error && <p role="alert" className="error">{error}</p>}
    </div>
  );
}
