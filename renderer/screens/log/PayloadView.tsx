import { useTranslation } from 'react-i18next';
import type { ScreeningPayload } from '../../../shared/domain/event.ts';
import type { PersonScreening } from '../../../shared/domain/screening.ts';
import { OccupantVerdicts } from '../screening/OccupantVerdicts.tsx';

function PersonView({ person }: { person: PersonScreening }) {
  const { t } = useTranslation(['log', 'screening']);
  const rows: [string, string][] = [
    [t('screening:person.name'), person.name],
    [t('screening:person.idNumber'), person.idNumber],
    [t('screening:person.phone'), person.phone],
    [t('screening:person.temperature'), person.temperature
      ? `${person.temperature.celsius.toFixed(1)} °C (${t(`screening:person.source.${person.temperature.source}`)})` : ''],
    [t('screening:person.codeColour'), person.healthCode?.colour ? t(`screening:colour.${person.healthCode.colour}`) : ''],
    [t('screening:person.origin'), person.origin],
    [t('screening:person.destination'), person.destination],
    [t('screening:person.reason'), person.reason],
    [t('log:returnee'), person.returnee ? t('log:yes') : ''],
  ];
  return (
    <dl className="payload-fields">
      {rows.filter(([, v]) => v !== '').map(([k, v]) => <div key={k}><dt>{k}</dt><dd className="mono">{v}</dd></div>)}
    </dl>
  );
}

/** One version of a record, field by field, as the station gave it (masked unless revealed). */
export function PayloadView({ payload }: { payload: ScreeningPayload }) {
  const { t } = useTranslation(['log', 'screening']);
  const s = payload.screening;
  const overridden = payload.suggested && payload.suggested.decision !== payload.verdict.decision;
  return (
    <div className="payload">
      <p className={`payload-decision decision-${payload.verdict.decision}`}>
        <strong>{t(`log:decision.${payload.verdict.decision}`)}</strong>
        {' · '}{payload.verdict.reasons.map((r) => t(`screening:reason.${r}`)).join('、')}
      </p>
      <OccupantVerdicts occupants={payload.suggested?.occupants} />
      {overridden && (
        <p className="override-note" data-testid="override-note">
          {t('log:suggestedWas', { decision: t(`log:decision.${payload.suggested!.decision}`) })} — {payload.overrideReason}
        </p>
      )}
      {!overridden && payload.overrideReason !== '' && (
        <p className="override-note" data-testid="record-note">{t('log:recordNote', { reason: payload.overrideReason })}</p>
      )}
      {s.kind === 'person' ? <PersonView person={s.person} /> : (
        <>
          <dl className="payload-fields">
            {([
              [t('screening:vehicle.plate'), s.vehicle.plate],
              [t('screening:vehicle.type'), t(`screening:vehicleType.${s.vehicle.vehicleType}`)],
              [t('screening:vehicle.occupantCount'), String(s.vehicle.occupantCount)],
              [t('screening:vehicle.origin'), s.vehicle.origin],
              [t('screening:vehicle.destination'), s.vehicle.destination],
              [t('screening:vehicle.reason'), s.vehicle.reason],
              [t('screening:vehicle.greenChannel'), s.vehicle.greenChannel],
            ] as [string, string][]).filter(([, v]) => v !== '').map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}
          </dl>
          {s.vehicle.occupants.map((o, i) => (
            <div key={i} className="occupant-view">
              <h4>{t('screening:vehicle.occupantN', { n: i + 1 })}</h4>
              <PersonView person={o} />
            </div>
          ))}
        </>
      )}
    </div>
  );
}
