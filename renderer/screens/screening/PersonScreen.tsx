import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../../shared/domain/screening.ts';
import { suggest } from '../../../shared/rules/suggest.ts';
import { useStation } from '../../app/station-context.tsx';
import type { Scan } from '../../scan/use-decode.ts';
import { useThermometerFeed } from '../../thermometer/use-thermometer.ts';
import { useScanInputs } from './use-scan-inputs.ts';
import { personFromCard } from './card-fill.ts';
import { CardReadNote } from './CardReadNote.tsx';
import { TrainingCardButton } from '../../idcard/TrainingCardButton.tsx';
import { useCardReads } from './use-card-reads.ts';
import { CameraToggle } from './CameraToggle.tsx';
import { personFromDecoded } from './scan.ts';
import { DecisionBar } from './DecisionBar.tsx';
import { DirectionToggle } from './DirectionToggle.tsx';
import { emptyPerson, personDraft, personFormDraft } from './draft.ts';
import { PersonFields } from './PersonFields.tsx';
import { ResultOverlay } from './ResultOverlay.tsx';
import { useFormDraft } from './use-form-draft.ts';
import { useRecord } from './use-record.ts';
import { useRules } from './use-rules.ts';
import { IsolationExitNote } from '../isolation/IsolationExitNote.tsx';
import { useIsolationCheck } from '../isolation/use-isolation-check.ts';
import './screening.css';

/** One person at the barrier: measure, check, register, confirm, next. */
export function PersonScreen() {
  const { t } = useTranslation('screening');
  const { status } = useStation();
  const rules = useRules();
  const [direction, setDirection] = useState<Direction>('in');
  const [person, setPerson] = useState(emptyPerson);
  // A fresh form (new key) for each person: no half-typed text survives a record or a clear.
  const [formKey, setFormKey] = useState(0);
  const thermometer = useThermometerFeed();
  // The person is done: their reading goes with them, and is not taken again while they stand there.
  // A reload mid-form finds the person back from the station (never their reading: measured again).
  const restoredDraft = useFormDraft('person', personFormDraft(direction, person), useCallback((d) => {
    if (d.kind !== 'person') return;
    setDirection(d.direction);
    setPerson({ ...emptyPerson(), ...d.person });
    setFormKey((k) => k + 1);
  }, []));
  const [isolationReason, setIsolationReason] = useState('');
  const isolated = useIsolationCheck(direction, [person.idNumber]);
  const reset = () => { thermometer.consume(); setPerson(emptyPerson()); setIsolationReason(''); setFormKey((k) => k + 1); restoredDraft.dismiss(); };
  const { record, saved, dismiss, busy, error } = useRecord();
  const form = useRef<HTMLFormElement>(null);
  // A card laid on the ID-card reader fills the person, marked as read from the card.
  const cards = useCardReads(useCallback((read) => setPerson((p) => personFromCard(p, read)), []));
  const draft = personDraft(direction, cards.checked(person));
  const suggestion = useMemo(() => (rules ? suggest(rules.ctx, draft) : null), [rules, direction, person]);
  // Any scanner (USB burst, serial, camera) fills the same form: an ID card or a health code.
  const onScan = useCallback((scan: Scan) => setPerson((p) => personFromDecoded(p, scan.result) ?? p), []);
  useScanInputs(onScan);

  if (!rules || !suggestion || !status) return <p className="loading" aria-busy="true">…</p>;

  async function confirm(decision: Parameters<typeof record>[1], overrideReason: string) {
    if (await record(draft, decision, overrideReason, isolated ? isolationReason.trim() : '')) reset();
  }

  function next() {
    dismiss();
    // Back to the first field for the next person in the queue.
    form.current?.querySelector<HTMLInputElement>('input[name="temperature"]')?.focus();
  }

  return (
    <form ref={form} className="screening" data-testid="person-screen" onSubmit={(e) => e.preventDefault()}>
      <div className="screening-head">
        <h1>{t('person.title')}</h1>
        <DirectionToggle value={direction} onChange={setDirection} />
        <CameraToggle key={formKey} onScan={onScan} />
        <TrainingCardButton />
        <button type="button" className="small" onClick={reset}>{t('clear')}</button>
      </div>
      {restoredDraft.restored && !person.temperature && <p className="draft-restored" role="status">{t('person.draftRestored')}</p>}
      {/* Above the fields, where eyes are while the ID is typed: the fixed decision bar hides the form's foot. */}
      {isolated && <IsolationExitNote lastDay={isolated.lastDay} reason={isolationReason} onReason={setIsolationReason} />}
      <PersonFields key={formKey} person={person} onChange={setPerson} ctx={rules.ctx} today={status.today} missing={suggestion.missing}
        live={status.devices.some((d) => d.device === 'thermometer')} />
      <CardReadNote person={draft.kind === 'person' ? draft.person : undefined} />
      {error && <p role="alert" className="error">{error}</p>}
      <DecisionBar suggestion={suggestion} busy={busy} blocked={isolated !== null && !isolationReason.trim()} onConfirm={(d, r) => void confirm(d, r)} />
      {saved && <ResultOverlay event={saved} onClose={next} />}
    </form>
  );
}
