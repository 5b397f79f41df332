import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodePlate } from '../../../shared/decode/plate.ts';
import { PROVINCE_OF_PLATE } from '../../../shared/decode/plate-provinces.ts';
import type { Decision, Direction, Screening, VehicleScreening, VehicleType } from '../../../shared/domain/screening.ts';
import { suggest } from '../../../shared/rules/suggest.ts';
import { useStation } from '../../app/station-context.tsx';
import type { Scan } from '../../scan/use-decode.ts';
import { useThermometerFeed } from '../../thermometer/use-thermometer.ts';
import { useScanInputs } from '../screening/use-scan-inputs.ts';
import { CardReadNote } from '../screening/CardReadNote.tsx';
import { TrainingCardButton } from '../../idcard/TrainingCardButton.tsx';
import { useOccupantCards } from './use-occupant-cards.ts';
import { CameraToggle } from '../screening/CameraToggle.tsx';
import { personFromDecoded } from '../screening/scan.ts';
import { DecisionBar } from '../screening/DecisionBar.tsx';
import { DirectionToggle } from '../screening/DirectionToggle.tsx';
import { emptyPerson, emptyVehicle, vehicleFormDraft } from '../screening/draft.ts';
import { ResultOverlay } from '../screening/ResultOverlay.tsx';
import { useFormDraft } from '../screening/use-form-draft.ts';
import { useRecord } from '../screening/use-record.ts';
import { IsolationExitNote } from '../isolation/IsolationExitNote.tsx';
import { useIsolationCheck } from '../isolation/use-isolation-check.ts';
import { useRules } from '../screening/use-rules.ts';
import { OccupantsEditor } from './OccupantsEditor.tsx';
import { PlateField } from './PlateField.tsx';
import { ProvinceRow } from './ProvinceRow.tsx';
import { GreenChannelFastPath } from './GreenChannelFastPath.tsx';
import { TurnBackFields } from './TurnBackFields.tsx';
import { VehicleFields } from './VehicleFields.tsx';
import { VehicleTypePicker } from './VehicleTypePicker.tsx';
import '../screening/screening.css';

/**
 * A vehicle at the barrier. Plate in, type tapped: an outside taxi is then one confirm away
 * from its turn-back record (origin from the plate, one occupant unless changed). A vehicle
 * let through has each occupant screened as a person.
 */
export function VehicleScreen() {
  const { t } = useTranslation('screening');
  const { status } = useStation();
  const rules = useRules();
  const [direction, setDirection] = useState<Direction>('in');
  const [vehicle, setVehicle] = useState<VehicleScreening>(emptyVehicle);
  const [typeChosen, setTypeChosen] = useState(false);
  const { record, saved, dismiss, busy, error } = useRecord();
  const form = useRef<HTMLFormElement>(null);
  const thermometer = useThermometerFeed();
  // The vehicle is done: its occupants' readings go with it.
  // A fresh key for each vehicle closes the camera after a confirm.
  const [formKey, setFormKey] = useState(0);
  // A reload mid-form finds the vehicle back from the station, its occupants to be measured again.
  const restoredDraft = useFormDraft('vehicle', vehicleFormDraft(direction, vehicle, typeChosen), useCallback((d) => {
    if (d.kind !== 'vehicle') return;
    setDirection(d.direction);
    setVehicle(d.vehicle);
    setTypeChosen(d.typeChosen);
    setFormKey((k) => k + 1);
  }, []));
  const [isolationReason, setIsolationReason] = useState('');
  const isolated = useIsolationCheck(direction, vehicle.occupants.map((o) => o.idNumber));
  const reset = () => { thermometer.consume(); setVehicle(emptyVehicle()); setTypeChosen(false); setIsolationReason(''); setFormKey((k) => k + 1); restoredDraft.dismiss(); };

  const plateCheck = vehicle.plate.length >= 2 && rules ? decodePlate(vehicle.plate, { localPlatePrefixes: rules.ctx.localPlatePrefixes }) : null;
  // A card laid on the ID-card reader fills the occupant on screen.
  const cards = useOccupantCards(setVehicle);
  const checked = cards.checked(vehicle);
  const draft: Screening = { kind: 'vehicle', direction, vehicle: checked };
  const suggestion = useMemo(() => (rules ? suggest(rules.ctx, draft) : null), [rules, direction, vehicle]);
  const turnBack = suggestion?.reasons.includes('outside-vehicle-barred') ?? false;
  // A scanned plate (e.g. from a plate camera's serial output) goes into the plate box; an ID
  // card or health code fills the occupant on show, as on the person screen.
  const activeOccupant = useRef(0);
  const { setActive } = cards;
  const onSelect = useCallback((i: number) => { activeOccupant.current = i; setActive(i); }, [setActive]);
  const onScan = useCallback((scan: Scan) => {
    if (scan.result.kind === 'plate') { setVehicle((v) => ({ ...v, plate: scan.result.value })); return; }
    setVehicle((v) => {
      const i = activeOccupant.current;
      const filled = v.occupants[i] && personFromDecoded(v.occupants[i], scan.result);
      return filled ? { ...v, occupants: v.occupants.map((o, j) => (j === i ? filled : o)) } : v;
    });
  }, []);
  useScanInputs(onScan);

  if (!rules || !suggestion || !status) return <p className="loading" aria-busy="true">…</p>;

  function setPlate(plate: string) {
    const province = PROVINCE_OF_PLATE[decodePlate(plate).province ?? ''] ?? '';
    const autoOrigin = Object.values(PROVINCE_OF_PLATE).includes(vehicle.origin) || vehicle.origin === '';
    setVehicle({ ...vehicle, plate, origin: autoOrigin && direction === 'in' ? province : vehicle.origin });
  }

  function setType(vehicleType: VehicleType) {
    setTypeChosen(true);
    setVehicle({ ...vehicle, vehicleType, occupants: vehicle.occupants.length ? vehicle.occupants : [emptyPerson()] });
  }

  async function confirm(decision: Decision, overrideReason: string) {
    // Turned back at the barrier: nobody got out, so only the head count goes on record.
    const recorded: Screening = {
      kind: 'vehicle', direction,
      vehicle: decision === 'turn-away' ? { ...checked, occupants: [] }
        // The fast path keeps its head count: the occupants are to be named later.
        : checked.occupantsLater ? checked : { ...checked, occupantCount: vehicle.occupants.length },
    };
    if (await record(recorded, decision, overrideReason, isolated ? isolationReason.trim() : '')) reset();
  }

  const ready = plateCheck !== null && typeChosen;
  const shown = turnBack ? suggestion : { ...suggestion, missing: suggestion.missing.filter((m) => m !== 'occupants') };
  return (
    <form ref={form} className="screening" data-testid="vehicle-screen" onSubmit={(e) => e.preventDefault()}>
      <div className="screening-head">
        <h1>{t('vehicle.title')}</h1>
        <DirectionToggle value={direction} onChange={setDirection} />
        {ready && !turnBack && <CameraToggle key={formKey} onScan={onScan} />}
        <TrainingCardButton />
        <button type="button" className="small" onClick={reset}>{t('clear')}</button>
      </div>
      {restoredDraft.restored && vehicle.occupants.some((o) => !o.temperature) && <p className="draft-restored" role="status">{t('vehicle.draftRestored')}</p>}
      <div className="vehicle-top">
        <PlateField value={vehicle.plate} check={plateCheck} onChange={setPlate} hasLocalPrefixes={rules.ctx.localPlatePrefixes.length > 0} />
        <VehicleTypePicker value={typeChosen ? vehicle.vehicleType : null} onChange={setType} />
        {/* Until the plate is good and the type chosen: then the screen's room goes to the occupants. */}
        {!(ready && plateCheck?.valid) && (
          <ProvinceRow plate={vehicle.plate} localPlatePrefixes={rules.ctx.localPlatePrefixes}
            onChange={(plate) => { setPlate(plate); form.current?.querySelector<HTMLInputElement>('input[name="plate"]')?.focus(); }} />
        )}
      </div>
      {ready && turnBack && <TurnBackFields vehicle={vehicle} onChange={setVehicle} />}
      {ready && !turnBack && rules.ctx.rules.exemptVehicleTypes.includes(vehicle.vehicleType) && (
        <GreenChannelFastPath vehicle={vehicle} onChange={setVehicle} />
      )}
      {ready && !turnBack && (
        <>
          <VehicleFields vehicle={vehicle} onChange={setVehicle} />
          {!vehicle.occupantsLater && (
            <>
              {/* Above the occupants being typed in: the fixed decision bar hides the form's foot. */}
              {isolated && <IsolationExitNote lastDay={isolated.lastDay} reason={isolationReason} onReason={setIsolationReason} />}
              <OccupantsEditor occupants={vehicle.occupants} ctx={rules.ctx} today={status.today} missing={suggestion.missing}
                live={status.devices.some((d) => d.device === 'thermometer')} onSelect={onSelect}
                onChange={(occupants) => setVehicle({ ...vehicle, occupants, occupantCount: occupants.length })} />
              <CardReadNote person={checked.occupants[cards.active]} />
            </>
          )}
        </>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      {ready ? <DecisionBar suggestion={shown} busy={busy} blocked={isolated !== null && !isolationReason.trim()} onConfirm={(d, r) => void confirm(d, r)} />
        : <p className="hint-next">{t('vehicle.startHint')}</p>}
      <datalist id="green-channel-kinds">
        {(t('vehicle.greenChannelKinds', { returnObjects: true }) as string[]).map((k) => <option key={k} value={k} />)}
      </datalist>
      {saved && <ResultOverlay event={saved} onClose={() => { dismiss(); form.current?.querySelector<HTMLInputElement>('input[name="plate"]')?.focus(); }} />}
    </form>
  );
}
