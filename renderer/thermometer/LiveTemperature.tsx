import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemperatureRecord } from '../../shared/domain/screening.ts';
import { useThermometer } from './use-thermometer.ts';
import { DeviceDetail } from '../app/DeviceDetail.tsx';
import './thermometer.css';

interface Props {
  /** Called once per new stable capture (on the whole page, not per form), ready to go into a record. */
  onCapture?(record: TemperatureRecord): void;
  /** Captures at or above it are shown as fever. */
  feverThresholdCelsius?: number;
}

const show = (celsius: number | undefined | null) => (celsius === undefined || celsius === null ? '––.–' : celsius.toFixed(1));

/**
 * The thermometer at a glance, for any screen: device state, the live reading, and the
 * captured (stable) reading a screening uses, or a prompt to measure again.
 */
export function LiveTemperature({ onCapture, feverThresholdCelsius }: Props) {
  const { t } = useTranslation('thermometer');
  const { device, live, capture, feed } = useThermometer();
  const captured = capture.captured;

  useEffect(() => {
    if (!onCapture) return;
    const record = feed.take();
    if (record) onCapture(record);
  }, [captured, feed, onCapture]);

  const state = device?.state ?? 'disconnected';
  const fever = captured !== null && feverThresholdCelsius !== undefined && captured.celsius >= feverThresholdCelsius;
  return (
    <section className={`live-temperature card ${fever ? 'fever' : ''}`} data-testid="live-temperature" aria-live="polite">
      <div className="live-head">
        <span className={`device-dot device-${state}`} data-testid="thermometer-state" data-state={state}>
          {t(`state.${state}`)}
        </span>
        <DeviceDetail status={device} className="live-detail" />
      </div>
      <div className="live-row">
        <div>
          <div className="live-label">{t('live.now')}</div>
          <div className="live-value" data-testid="live-reading">{show(live?.celsius)}<small> °C</small></div>
          {live?.ambientCelsius !== undefined && <div className="live-ambient">{t('live.ambient', { celsius: live.ambientCelsius.toFixed(1) })}</div>}
        </div>
        <div>
          <div className="live-label">{t('live.captured')}</div>
          <div className="live-value captured" data-testid="captured-reading" data-how={captured?.how ?? ''}>
            {show(captured?.celsius)}<small> °C</small>
          </div>
          {captured && <div className="live-ambient">{t(`live.how.${captured.how}`)}{live && live.offsetCelsius !== 0 ? ` · ${t('live.offset', { offset: live.offsetCelsius })}` : ''}</div>}
        </div>
      </div>
      {capture.status === 'out-of-range' && <p className="live-remeasure" data-testid="remeasure">{t('live.remeasure')}</p>}
      {capture.status === 'measuring' && <p className="live-hint">{t('live.measuring')}</p>}
      {fever && <p className="live-fever">{t('live.fever')}</p>}
      <button type="button" onClick={() => feed.remeasure()} disabled={!captured && capture.status !== 'out-of-range'}>{t('live.again')}</button>
    </section>
  );
}
