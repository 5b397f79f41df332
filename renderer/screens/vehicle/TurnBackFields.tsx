import { useTranslation } from 'react-i18next';
import type { VehicleScreening } from '../../../shared/domain/screening.ts';

/**
 * The turn-back record (劝返登记): head count and origin, both prefilled, both changeable; a
 * green-channel kind typed here lets the vehicle through instead.
 */
export function TurnBackFields({ vehicle, onChange }: { vehicle: VehicleScreening; onChange(v: VehicleScreening): void }) {
  const { t } = useTranslation('screening');
  const count = vehicle.occupantCount;
  return (
    <div className="turn-back" data-testid="turn-back">
      <div className="field">
        <span className="group-label">{t('vehicle.occupantCount')}</span>
        <div className="stepper">
          <button type="button" aria-label={t('vehicle.fewer')} disabled={count <= 1} onClick={() => onChange({ ...vehicle, occupantCount: count - 1 })}>−</button>
          <output data-testid="occupant-count">{count}</output>
          <button type="button" aria-label={t('vehicle.more')} disabled={count >= 99} onClick={() => onChange({ ...vehicle, occupantCount: count + 1 })}>+</button>
        </div>
      </div>
      <div className="field">
        <label htmlFor="turn-back-origin">{t('vehicle.origin')}</label>
        <input id="turn-back-origin" name="origin" value={vehicle.origin} onChange={(e) => onChange({ ...vehicle, origin: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="turn-back-green">{t('vehicle.greenChannel')}</label>
        <input id="turn-back-green" name="vehicle-greenChannel" list="green-channel-kinds" value={vehicle.greenChannel}
          onChange={(e) => onChange({ ...vehicle, greenChannel: e.target.value })} />
      </div>
    </div>
  );
}
