import { useTranslation } from 'react-i18next';

/** How many people are in a vehicle, by − and + (no keyboard needed at the barrier). */
export function OccupantCountStepper({ count, onChange }: { count: number; onChange(n: number): void }) {
  const { t } = useTranslation('screening');
  return (
    <div className="field">
      <span className="group-label">{t('vehicle.occupantCount')}</span>
      <div className="stepper">
        <button type="button" aria-label={t('vehicle.fewer')} disabled={count <= 1} onClick={() => onChange(count - 1)}>−</button>
        <output data-testid="occupant-count">{count}</output>
        <button type="button" aria-label={t('vehicle.more')} disabled={count >= 99} onClick={() => onChange(count + 1)}>+</button>
      </div>
    </div>
  );
}
