import { useTranslation } from 'react-i18next';
import { decodeCnId } from '../../../shared/decode/cn-id.ts';

interface Props {
  value: string;
  onChange(value: string, sex: 'male' | 'female' | undefined): void;
  /** Enter on text that is not an ID number: a QR payload typed by a keyboard-wedge scanner. */
  onScanText(text: string): void;
  today: string;
  localRegionPrefixes: readonly string[];
  required: boolean;
  id: string;
}

/** ID number, typed or scanned, checked as it is typed (check character, date, region). */
export function IdField({ value, onChange, onScanText, today, localRegionPrefixes, required, id }: Props) {
  const { t } = useTranslation('screening');
  const check = value.length >= 15 ? decodeCnId(value, { today, localRegionPrefixes }) : null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('person.idNumber')}</label>
      <input id={id} name="idNumber" autoComplete="off" value={value} aria-invalid={required || (check !== null && !check.valid)}
        onChange={(e) => {
          const next = e.target.value;
          // A scanner types a whole QR payload into whatever has focus: keep it out of the ID box.
          if (next.length > 24) { onScanText(next); return; }
          const decoded = next.length >= 15 ? decodeCnId(next, { today, localRegionPrefixes }) : null;
          onChange(next.toUpperCase(), decoded?.valid ? decoded.sex : undefined);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && value.length > 0 && !/^\d{14,17}[\dX]?$/i.test(value)) { e.preventDefault(); onScanText(value); }
        }} />
      {check && !check.valid && <p className="field-hint warn" data-testid="id-error">{t('person.idInvalid', { codes: check.errors.map((c) => t(`scan:code.${c}`)).join(' · ') })}</p>}
      {check?.valid && (
        <p className="field-hint" data-testid="id-ok">
          {check.regionName ?? check.regionCode}
          {localRegionPrefixes.length > 0 && ` · ${t(check.local ? 'person.local' : 'person.outside')}`}
        </p>
      )}
    </div>
  );
}
