import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../shared/api/core.ts';
import { decodePlate } from '../../../shared/decode/plate.ts';
import type { ScreeningPayload } from '../../../shared/domain/event.ts';
import type { Decision, Screening } from '../../../shared/domain/screening.ts';
import { suggest } from '../../../shared/rules/suggest.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';
import { DecisionBar } from '../screening/DecisionBar.tsx';
import { DirectionToggle } from '../screening/DirectionToggle.tsx';
import { PersonFields } from '../screening/PersonFields.tsx';
import { useRules } from '../screening/use-rules.ts';
import { OccupantCountStepper } from '../vehicle/OccupantCountStepper.tsx';
import { OccupantsEditor } from '../vehicle/OccupantsEditor.tsx';
import { PlateField } from '../vehicle/PlateField.tsx';
import { VehicleFields } from '../vehicle/VehicleFields.tsx';
import { VehicleTypePicker } from '../vehicle/VehicleTypePicker.tsx';

interface Props { target: EventView; start: ScreeningPayload; onDone(): void; onCancel(): void }

/**
 * A supervisor's correction: the record in force, edited in the same fields as at the barrier,
 * judged by the same rules, saved as an amendment with its reason. The original stays.
 */
export function CorrectionForm({ target, start, onDone, onCancel }: Props) {
  const { t } = useTranslation('log');
  const { client, status } = useStation();
  const rules = useRules();
  const [draft, setDraft] = useState<Screening>(start.screening);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, showError] = useApiError();
  const suggestion = useMemo(() => (rules ? suggest(rules.ctx, draft) : null), [rules, draft]);
  if (!rules || !suggestion || !status) return <p aria-busy="true">…</p>;

  async function save(decision: Decision, overrideReason: string) {
    setBusy(true);
    try {
      await client.call('amendEvent', { targetId: target.id, payload: { screening: draft, verdict: { decision }, overrideReason }, reason: reason.trim() });
      onDone();
    } catch (err) { showError(err); } finally { setBusy(false); }
  }

  return (
    <form className="correction-form" data-testid="correction-form" onSubmit={(e) => e.preventDefault()}>
      <DirectionToggle value={draft.direction} onChange={(direction) => setDraft({ ...draft, direction })} />
      {draft.kind === 'person' ? (
        <PersonFields person={draft.person} ctx={rules.ctx} today={status.today} missing={suggestion.missing}
          onChange={(person) => setDraft({ ...draft, person })} />
      ) : (
        <>
          <PlateField value={draft.vehicle.plate} hasLocalPrefixes={rules.ctx.localPlatePrefixes.length > 0}
            check={decodePlate(draft.vehicle.plate, { localPlatePrefixes: rules.ctx.localPlatePrefixes })}
            onChange={(plate) => setDraft({ ...draft, vehicle: { ...draft.vehicle, plate } })} />
          <VehicleTypePicker value={draft.vehicle.vehicleType} onChange={(vehicleType) => setDraft({ ...draft, vehicle: { ...draft.vehicle, vehicleType } })} />
          {draft.vehicle.occupants.length === 0 && (
            <OccupantCountStepper count={draft.vehicle.occupantCount} onChange={(occupantCount) => setDraft({ ...draft, vehicle: { ...draft.vehicle, occupantCount } })} />
          )}
          <VehicleFields vehicle={draft.vehicle} onChange={(vehicle) => setDraft({ ...draft, vehicle })} />
          {draft.vehicle.occupantsLater && (
            // A fast-path vehicle's open task: name its occupants, or say why they are not named.
            <div className="field">
              <label htmlFor="occupants-waived">{t('waive')}</label>
              <input id="occupants-waived" name="occupantsWaived" value={draft.vehicle.occupantsWaived ?? ''}
                onChange={(e) => setDraft({ ...draft, vehicle: { ...draft.vehicle, occupantsWaived: e.target.value } })} />
            </div>
          )}
          <OccupantsEditor occupants={draft.vehicle.occupants} ctx={rules.ctx} today={status.today} missing={suggestion.missing}
            onChange={(occupants) => setDraft({ ...draft, vehicle: { ...draft.vehicle, occupants, occupantCount: occupants.length, occupantsLater: undefined, occupantsWaived: undefined } })} />
        </>
      )}
      <div className="field">
        <label htmlFor="correction-reason">{t('correction.reason')}</label>
        <input id="correction-reason" name="correctionReason" value={reason} aria-invalid={reason.trim() === ''} onChange={(e) => setReason(e.target.value)} />
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <DecisionBar inline suggestion={suggestion} busy={busy} blocked={reason.trim() === ''} onConfirm={(d, r) => void save(d, r)} />
      <button type="button" className="small" onClick={onCancel}>{t('correction.cancel')}</button>
    </form>
  );
}
