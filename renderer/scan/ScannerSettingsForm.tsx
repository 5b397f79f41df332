import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScannerSettings } from '../../shared/api/scanner.ts';
import { BAUD_RATES } from '../../shared/thermometer/config.ts';
import { useApiError } from '../app/use-api-error.ts';
import { useSeededForm } from '../app/use-seeded-form.ts';
import { useStation } from '../app/station-context.tsx';
import { DeviceDetail } from '../app/DeviceDetail.tsx';
import { SerialPortFields, useSerialPorts } from '../app/SerialPortFields.tsx';
import { announceScannerSettings } from './use-scanner-settings.ts';

const list = (keys: readonly string[]) => keys.join(', ');
const parseList = (text: string) => text.split(/[,，\s]+/).map((k) => k.trim()).filter(Boolean);

const LISTS = ['colour', 'name', 'idNumber', 'hosts'] as const;
type ListField = (typeof LISTS)[number];

function listsOf(s: ScannerSettings): Record<ListField, string> {
  const f = s.healthCodeFields;
  return { colour: list(f.colour), name: list(f.name), idNumber: list(f.idNumber), hosts: list(s.healthCodeHosts) };
}

/**
 * Scanning settings: the serial scanner's port and speed, the USB scanner's key timing, and
 * which payload keys carry a health code's colour, name and ID number. A supervisor saves;
 * anyone can reconnect the serial scanner.
 */
export function ScannerSettingsForm() {
  const { t } = useTranslation('scan');
  const { client, staff, status } = useStation();
  const settingsForm = useSeededForm<ScannerSettings>();
  // The key lists are edited as text and parsed on save, so a half-typed list stays as typed.
  const listsForm = useSeededForm<Record<ListField, string>>();
  const settings = settingsForm.value;
  const lists = listsForm.value;
  const [ports] = useSerialPorts();
  const [saved, setSaved] = useState(false);
  const [error, showError, clearError] = useApiError();
  const device = status?.devices.find((d) => d.device === 'scanner');

  useEffect(() => {
    client.call('getScannerSettings', {}).then((s) => { settingsForm.seed(s); listsForm.seed(listsOf(s)); }, showError);
  }, [client, showError, settingsForm.seed, listsForm.seed]);

  if (!settings || !lists) return null;
  const supervisor = staff?.role === 'supervisor';
  const edit = (next: Partial<ScannerSettings>) => { setSaved(false); settingsForm.edit(next); };
  const save = () => {
    clearError();
    const healthCodeFields = { ...settings.healthCodeFields, colour: parseList(lists.colour), name: parseList(lists.name), idNumber: parseList(lists.idNumber) };
    client.call('updateScannerSettings', { ...settings, healthCodeFields, healthCodeHosts: parseList(lists.hosts), autoConnect: settings.path !== '' })
      .then((s) => { settingsForm.saved(settings, s); listsForm.saved(lists, listsOf(s)); setSaved(true); announceScannerSettings(s); }, showError);
  };

  return (
    <div className="scanner-settings">
      <fieldset disabled={!supervisor}>
        <h3>{t('serial.title')}</h3>
        <SerialPortFields names={{ port: 'scannerPort', baud: 'scannerBaud' }} labels={{ port: t('serial.port'), baud: t('serial.baud') }}
          placeholder="/dev/ttyACM0, COM4" path={settings.path} baudRate={settings.baudRate} baudRates={BAUD_RATES} ports={ports} onChange={edit} />
        <p className="hint" data-testid="scanner-state">
          {t('serial.state')}: {device ? <>{t(`common:status.device.${device.state}`)} <DeviceDetail status={device} /></> : t('common:status.device.none')}
        </p>

        <h3>{t('burst.title')}</h3>
        <label>
          {t('burst.maxGap')}
          <input name="burstMaxGapMs" type="number" min={10} max={300} value={settings.burstMaxGapMs}
            onChange={(e) => edit({ burstMaxGapMs: Number(e.target.value) })} />
        </label>

        <h3>{t('healthCode.title')}</h3>
        {LISTS.map((field) => (
          <label key={field}>
            {t(`healthCode.${field}`)}
            <input name={`healthCode-${field}`} value={lists[field]}
              onChange={(e) => { setSaved(false); listsForm.edit({ [field]: e.target.value }); }} />
          </label>
        ))}
        {supervisor && <button type="button" onClick={save}>{t('settings.save')}</button>}
      </fieldset>
      {saved && <p className="hint" role="status">{t('settings.saved')}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {!supervisor && <p className="hint">{t('settings.supervisorOnly')}</p>}
      {/* Outside the fieldset: anyone on duty can reopen the port. */}
      {!supervisor && settings.path && (
        <button type="button" onClick={() => void client.call('connectScanner', {}).catch(showError)}>{t('serial.reconnect')}</button>
      )}
    </div>
  );
}
