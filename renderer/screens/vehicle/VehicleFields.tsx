import { useTranslation } from 'react-i18next';
import type { VehicleScreening } from '../../../shared/domain/screening.ts';

type Field = 'origin' | 'destination' | 'reason' | 'greenChannel';
const FIELDS: Field[] = ['origin', 'destination', 'reason', 'greenChannel'];

/** A vehicle let through: where from, where to, why, and its green-channel kind if any. */
export function VehicleFields({ vehicle, onChange }: { vehicle: VehicleScreening; onChange(v: VehicleScreening): void }) {
  const { t } = useTranslation('screening');
  return (
    <div className="vehicle-fields">
      {FIELDS.map((key) => (
        <div className="field" key={key}>
          <label htmlFor={`vehicle-${key}`}>{t(`vehicle.${key}`)}</label>
          <input id={`vehicle-${key}`} name={`vehicle-${key}`} autoComplete="off" value={vehicle[key]}
            list={key === 'greenChannel' ? 'green-channel-kinds' : undefined}
            onChange={(e) => onChange({ ...vehicle, [key]: e.target.value })} />
        </div>
      ))}
    </div>
  );
}
