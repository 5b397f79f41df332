import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonScreening } from '../../../shared/domain/screening.ts';
import type { RuleContext } from '../../../shared/rules/settings.ts';
import { CodeColourPicker } from './CodeColourPicker.tsx';
import { FollowUpFields } from './FollowUpFields.tsx';
import { IdField } from './IdField.tsx';
import { personFromScan } from './scan.ts';
import { TemperatureField } from './TemperatureField.tsx';
import { LiveTemperature } from '../../thermometer/LiveTemperature.tsx';

interface Props {
  person: PersonScreening;
  onChange(person: PersonScreening): void;
  ctx: RuleContext;
  today: string;
  /** Field codes the rules still need for this person (`temperature`, `name`, ...). */
  missing: readonly string[];
  /** At the barrier (not in a correction): the live thermometer fills the temperature. */
  live?: boolean;
}

type TextField = 'name' | 'phone' | 'origin' | 'destination' | 'reason';
const TEXT_FIELDS: { key: TextField; inputMode?: 'tel' }[] = [
  { key: 'name' }, { key: 'phone', inputMode: 'tel' }, { key: 'origin' }, { key: 'destination' }, { key: 'reason' },
];

/**
 * One person's registration: the live thermometer (at the barrier), the checks (temperature,
 * ID, code), then the sheet's columns. Fields the rules still need are outlined; the decision
 * bar lists them, so the form keeps its height at 1024×768.
 */
export function PersonFields({ person, onChange, ctx, today, missing, live = false }: Props) {
  const { t } = useTranslation('screening');
  const uid = useId();
  const [scanProblem, setScanProblem] = useState(false);
  const needs = (code: string) => missing.includes(code);

  function scanned(text: string) {
    const next = personFromScan(person, text, { today, localRegionPrefixes: ctx.localRegionPrefixes, localPlatePrefixes: ctx.localPlatePrefixes });
    setScanProblem(next === null);
    if (next) onChange(next);
  }

  return (
    <div className={`person-fields ${live ? 'with-live' : ''}`}>
      {live && (
        <div className="person-live">
          <LiveTemperature feverThresholdCelsius={ctx.feverThresholdCelsius} onCapture={(temperature) => onChange({ ...person, temperature })} />
        </div>
      )}
      <div className="person-checks">
        <TemperatureField id={`${uid}-t`} value={person.temperature} threshold={ctx.feverThresholdCelsius}
          invalid={needs('temperature') ? 'missing' : needs('temperature-implausible') ? 'implausible' : null}
          onChange={(temperature) => onChange({ ...person, temperature })} />
        <IdField id={`${uid}-id`} value={person.idNumber} today={today} localRegionPrefixes={ctx.localRegionPrefixes} required={needs('idNumber')}
          onChange={(idNumber, sex) => onChange({ ...person, idNumber, sex: sex ?? person.sex })} onScanText={scanned} />
        {scanProblem && <p className="field-hint warn" role="status">{t('person.scanUnrecognised')}</p>}
        <CodeColourPicker value={person.healthCode?.colour} hint={person.healthCode?.hint} onChange={(colour) => onChange({ ...person, healthCode: { ...person.healthCode, colour } })} />
        <label className="check">
          <input type="checkbox" name="returnee" checked={person.returnee} onChange={(e) => onChange({ ...person, returnee: e.target.checked })} />
          {t('person.returnee')}
        </label>
      </div>
      <div className="person-sheet">
        {TEXT_FIELDS.map(({ key, inputMode }) => (
          <div className="field" key={key}>
            <label htmlFor={`${uid}-${key}`}>{t(`person.${key}`)}</label>
            <input id={`${uid}-${key}`} name={key} autoComplete="off" inputMode={inputMode} value={person[key]} aria-invalid={needs(key)}
              onChange={(e) => onChange({ ...person, [key]: e.target.value })} />
          </div>
        ))}
      </div>
      <FollowUpFields person={person} onChange={onChange} ctx={ctx} missing={missing} />
    </div>
  );
}
