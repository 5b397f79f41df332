import { useTranslation } from 'react-i18next';
import { PLATE_PROVINCES } from '../../../shared/decode/plate-provinces.ts';
import { normalisePlate } from '../../../shared/rules/locality.ts';

/** Plate marks that are not a province: 使 opens an embassy plate; 领 and 应急 end one. */
const PREFIX_MARKS = ['使'];
const SUFFIX_MARKS = ['领', '应急'];

/** The plate with its opening mark (a province or 使) replaced, or put in front. */
export function withPrefix(plate: string, mark: string): string {
  const p = normalisePlate(plate);
  const opening = [...PLATE_PROVINCES, ...PREFIX_MARKS].find((m) => p.startsWith(m));
  return mark + (opening ? p.slice(opening.length) : p);
}

/** The plate ending in `mark` (领, 应急), whatever mark it ended in before. */
export function withSuffix(plate: string, mark: string): string {
  const p = normalisePlate(plate);
  const ending = SUFFIX_MARKS.find((m) => p.endsWith(m));
  return (ending ? p.slice(0, -ending.length) : p) + mark;
}

/**
 * The province characters as large buttons, so a plate needs no Chinese input method: the
 * station's own provinces first, then the rest in the usual order, then 使 / 领 / 应急.
 */
export function ProvinceRow({ plate, localPlatePrefixes, onChange }: { plate: string; localPlatePrefixes: readonly string[]; onChange(plate: string): void }) {
  const { t } = useTranslation('screening');
  const local = [...new Set(localPlatePrefixes.map((p) => normalisePlate(p)[0]).filter((c): c is string => c !== undefined && PLATE_PROVINCES.includes(c)))];
  const provinces = [...local, ...[...PLATE_PROVINCES].filter((c) => !local.includes(c))];
  return (
    <div className="province-row" role="group" aria-label={t('vehicle.provinceRow')} data-testid="province-row">
      {[...provinces, ...PREFIX_MARKS].map((mark) => (
        <button key={mark} type="button" className={local.includes(mark) ? 'local' : ''} onClick={() => onChange(withPrefix(plate, mark))}>{mark}</button>
      ))}
      {SUFFIX_MARKS.map((mark) => (
        <button key={mark} type="button" className="suffix" aria-label={t('vehicle.plateEndsWith', { mark })} onClick={() => onChange(withSuffix(plate, mark))}>{mark}</button>
      ))}
    </div>
  );
}
