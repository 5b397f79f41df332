import { useTranslation } from 'react-i18next';
import type { PlateResult } from '../../../shared/decode/types.ts';

/** The plate, big, checked as typed: the format (GA 36) and whether it is local. */
export function PlateField({ value, check, onChange, hasLocalPrefixes }: { value: string; check: PlateResult | null; onChange(v: string): void; hasLocalPrefixes: boolean }) {
  const { t } = useTranslation('screening');
  return (
    <div className="field plate-field">
      <label htmlFor="plate">{t('vehicle.plate')}</label>
      <input id="plate" name="plate" className="plate-input" autoComplete="off" autoFocus value={value} placeholder={t('vehicle.platePlaceholder')}
        aria-invalid={check !== null && !check.valid} onChange={(e) => onChange(e.target.value.toUpperCase())} />
      {check && !check.valid && <p className="field-hint warn" data-testid="plate-error">{t('vehicle.plateInvalid', { codes: check.errors.map((c) => t(`scan:code.${c}`)).join(' · ') })}</p>}
      {check?.valid && hasLocalPrefixes && (
        <p className={`badge ${check.local ? 'local' : 'outside'}`} data-testid="plate-locality">{t(check.local ? 'vehicle.local' : 'vehicle.outside')}</p>
      )}
    </div>
  );
}
