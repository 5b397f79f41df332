import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferView } from '../../../shared/api/transfer.ts';
import type { TransferMeans, TransferOutcome } from '../../../shared/transfer/transfer.ts';
import { ChoiceButtons } from '../screening/ChoiceButtons.tsx';
import { localTime } from './local-time.ts';

interface Props {
  transfer: TransferView;
  institutions: string[];
  depart(input: { escort: string; means: TransferMeans; institution: string; meansNote: string; leftAt?: string }): Promise<boolean>;
  close(input: { outcome: TransferOutcome; receivedBy: string; handedOverAt?: string }): Promise<boolean>;
}

const MEANS = ['ambulance-120', 'village-vehicle', 'other'] as const;

/** One transfer: who and why, then the step it waits for (departure, then hand-over), or how it ended. */
export function TransferCard({ transfer: x, institutions, depart, close }: Props) {
  const { t } = useTranslation('transfers');
  const [escort, setEscort] = useState('');
  const [means, setMeans] = useState<TransferMeans>('ambulance-120');
  const [meansNote, setMeansNote] = useState('');
  const [institution, setInstitution] = useState(institutions[0] ?? '');
  const [at, setAt] = useState('');
  const [receivedBy, setReceivedBy] = useState('');
  const time = at || undefined;

  const onDepart = (e: FormEvent) => { e.preventDefault(); void depart({ escort, means, meansNote, institution, leftAt: time }); };
  const onClose = (outcome: TransferOutcome) => void close({ outcome, receivedBy, handedOverAt: time });

  return (
    <li className={`transfer transfer-${x.state}`} data-testid="transfer" data-state={x.state}>
      <div className="transfer-head">
        <strong>{x.people.map((p) => `${p.name} ${p.idNumber}`).join('；')}</strong>
        <span className="badge">{t(`state.${x.state}`)}</span>
        <span>{t('opened', { at: localTime(x.openedAt), by: x.openedBy })}</span>
      </div>
      {x.state !== 'open' && x.means && (
        <p>{t('departedLine', { escort: x.escort, means: t(`means.${x.means}`), institution: x.institution, at: localTime(x.leftAt) })}</p>
      )}
      {(x.state === 'handed-over' || x.state === 'cancelled') && (
        <p>{x.state === 'handed-over' ? t('handedOverLine', { at: localTime(x.handedOverAt), by: x.receivedBy }) : t('cancelledLine', { why: x.receivedBy })}</p>
      )}
      {x.state === 'open' && (
        <form className="transfer-form" onSubmit={onDepart}>
          <label>{t('escort')}<input name="escort" required value={escort} onChange={(e) => setEscort(e.target.value)} /></label>
          <ChoiceButtons<TransferMeans> label={t('meansLabel')} options={MEANS} value={means} onChange={setMeans} labelOf={(m) => t(`means.${m}`)} className="means-choice" />
          {means === 'other' && <label>{t('meansNote')}<input name="meansNote" value={meansNote} onChange={(e) => setMeansNote(e.target.value)} /></label>}
          <ChoiceButtons label={t('institution')} options={institutions} value={institution} onChange={setInstitution} labelOf={(i) => i} className="institution-choice" />
          <label>{t('leftAt')}<input name="leftAt" type="time" value={at} onChange={(e) => setAt(e.target.value)} /></label>
          <button type="submit" className="primary" disabled={!escort.trim() || !institution}>{t('depart')}</button>
        </form>
      )}
      {(x.state === 'open' || x.state === 'departed') && (
        <div className="transfer-form">
          <label>{x.state === 'departed' ? t('receivedBy') : t('receivedByOrWhy')}<input name="receivedBy" value={receivedBy} onChange={(e) => setReceivedBy(e.target.value)} /></label>
          {x.state === 'departed' && <label>{t('handedOverAt')}<input name="handedOverAt" type="time" value={at} onChange={(e) => setAt(e.target.value)} /></label>}
          {x.state === 'departed' && <button type="button" className="primary" disabled={!receivedBy.trim()} onClick={() => onClose('handed-over')}>{t('handOver')}</button>}
          <button type="button" disabled={!receivedBy.trim()} onClick={() => onClose('cancelled')}>{t('cancel')}</button>
        </div>
      )}
    </li>
  );
}
