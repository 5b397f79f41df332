import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemperatureRecord } from '../../../shared/domain/screening.ts';

/** "365" typed on a keypad means 36.5 °C: staff type readings off a handheld without the dot. */
export function parseCelsius(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (/^\d{3}$/.test(t)) return Number(t) / 10;
  if (!/^\d{2}(\.\d{1,2})?$/.test(t)) return null;
  return Number(t);
}

interface Props {
  value: TemperatureRecord | undefined;
  onChange(value: TemperatureRecord | undefined): void;
  threshold: number;
  invalid: 'missing' | 'implausible' | null;
  id: string;
}

/**
 * The temperature in the record: the thermometer's captured reading when there is one, or typed
 * in and marked `manual`. A captured reading shows where it came from and can be typed over.
 */
export function TemperatureField({ value, onChange, threshold, invalid, id }: Props) {
  const { t } = useTranslation('screening');
  const [text, setText] = useState(value ? value.celsius.toFixed(1) : '');
  // What this box last reported: the value coming back from it must not rewrite the half-typed
  // text ("36." is no number yet); any other value (a capture) replaces what is in the box.
  const reported = useRef(value);
  useEffect(() => {
    if (value === reported.current) return;
    reported.current = value;
    setText(value ? value.celsius.toFixed(1) : '');
  }, [value]);

  function typed(next: string) {
    setText(next);
    const celsius = parseCelsius(next);
    reported.current = celsius !== null && celsius >= 25 && celsius <= 45 ? { celsius, source: 'manual', offsetCelsius: 0 } : undefined;
    onChange(reported.current);
  }

  const fever = value !== undefined && value.celsius >= threshold;
  return (
    <div className={`temperature ${fever ? 'fever' : ''}`}>
      <label htmlFor={id}>{t('person.temperature')}</label>
      <div className="temperature-row">
        <input id={id} name="temperature" className="temperature-input" inputMode="decimal" autoComplete="off"
          value={text} placeholder={t('person.temperaturePlaceholder')} data-scan-guard="" aria-invalid={invalid !== null} onChange={(e) => typed(e.target.value)} />
        <span className="unit">°C</span>
        {value && <span className={`badge source-${value.source}`} data-testid="temperature-source">{t(`person.source.${value.source}`)}</span>}
      </div>
      {invalid === 'implausible' && <p className="field-hint warn">{t('missing.temperature-implausible')}</p>}
      {fever && <p className="field-hint fever-hint">{t('person.feverHint', { threshold: threshold.toFixed(1) })}</p>}
    </div>
  );
}
