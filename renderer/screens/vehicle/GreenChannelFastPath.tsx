import { useTranslation } from 'react-i18next';
import type { VehicleScreening } from '../../../shared/domain/screening.ts';
import { emptyPerson } from '../screening/draft.ts';

/**
 * An ambulance or a supply truck on a green channel: one tap on its kind lets it through now
 * (plate, type, kind, confirm); its occupants are an open task in the log until a supervisor
 * completes or waives them. One more tap goes back to screening each occupant here.
 */
export function GreenChannelFastPath({ vehicle, onChange }: { vehicle: VehicleScreening; onChange(v: VehicleScreening): void }) {
  const { t } = useTranslation('screening');
  const kinds = t('vehicle.greenChannelKinds', { returnObjects: true }) as string[];
  return (
    <div className="fast-path" data-testid="fast-path">
      <span className="group-label">{t('vehicle.fastPath')}</span>
      <div role="radiogroup" aria-label={t('vehicle.greenChannel')} className="fast-path-kinds">
        {kinds.map((kind) => {
          const chosen = vehicle.occupantsLater === true && vehicle.greenChannel === kind;
          return (
            <button key={kind} type="button" role="radio" aria-checked={chosen} className={chosen ? 'chosen' : ''}
              onClick={() => onChange({ ...vehicle, greenChannel: kind, occupantsLater: true, occupants: [] })}>{kind}</button>
          );
        })}
      </div>
      {vehicle.occupantsLater && (
        <p className="hint-next">
          {t('vehicle.fastPathOn')}{' '}
          <button type="button" className="small" onClick={() => onChange({ ...vehicle, occupantsLater: undefined, occupants: [emptyPerson()] })}>{t('vehicle.fastPathOff')}</button>
        </p>
      )}
    </div>
  );
}
