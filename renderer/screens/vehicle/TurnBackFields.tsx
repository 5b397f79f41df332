import { useTranslation } from 'react-i18next';
import type { VehicleScreening } from '../../../shared/domain/screening.ts';
import { OccupantCountStepper } from './OccupantCountStepper.tsx';

/**
 * The turn-back record (劝返登记): head count and origin, both prefilled, both changeable; a
 * green-channel kind typed here lets the vehicle through instead.
 */
export function TurnBackFields({ vehicle, onChange }: { vehicle: VehicleScreening; onChange(v: VehicleScreening): void }) {
  const { t } = useTranslation('screening');
  return (
    <div className="turn-back" data-testid="turn-back">
      <OccupantCountStepper count={vehicle.occupantCount} onChange={(occupantCount) => onChange({ ...vehicle, occupantCount })} />
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
