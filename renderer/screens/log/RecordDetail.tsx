import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../shared/api/core.ts';
import type { AmendmentPayload, ScreeningPayload } from '../../../shared/domain/event.ts';
import { stationClockTime } from '../../../shared/domain/local-time.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useStation } from '../../app/station-context.tsx';
import { CorrectionForm } from './CorrectionForm.tsx';
import { inForce } from './log-view.ts';
import { PayloadView } from './PayloadView.tsx';

/**
 * One record with every correction under it: the original is always shown as recorded.
 * The list holds it masked; showing the numbers or correcting it asks the station for the
 * full record, which the station writes in its audit log. Supervisors can add a correction;
 * Escape or the close button goes back to the list.
 */
export function RecordDetail({ event: listed, onClose }: { event: EventView; onClose(): void }) {
  const { t } = useTranslation('log');
  const { client, staff } = useStation();
  const [full, setFull] = useState<EventView | null>(null);
  const [reveal, setReveal] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const [error, showError] = useApiError();
  const event = reveal || correcting ? full ?? listed : listed;

  async function revealed(): Promise<EventView | null> {
    if (full) return full;
    try {
      const got = await client.call('revealEvent', { id: listed.id });
      setFull(got);
      return got;
    } catch (err) {
      showError(err);
      return null;
    }
  }
  const toggleReveal = async () => { if (reveal) setReveal(false); else if (await revealed()) setReveal(true); };
  const startCorrecting = async () => { if (await revealed()) setCorrecting(true); };
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => { close.current?.focus(); }, []);

  return (
    <div className="detail-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <section className="detail" role="dialog" aria-modal="true" aria-labelledby="detail-title" data-testid="record-detail">
        <header className="detail-head">
          <h2 id="detail-title">{t('detail.title', { time: stationClockTime(event.recordedAt, event.utcOffsetMin), staff: event.staffName })}</h2>
          <button type="button" className="small" aria-pressed={reveal} onClick={() => void toggleReveal()}>{t(reveal ? 'detail.hideNumbers' : 'detail.showNumbers')}</button>
          <button ref={close} type="button" className="small" onClick={onClose}>{t('detail.close')}</button>
        </header>
        {error && <p role="alert" className="error">{error}</p>}
        {correcting && full ? (
          <CorrectionForm target={full} start={inForce(full)} onDone={() => { setCorrecting(false); onClose(); }} onCancel={() => setCorrecting(false)} />
        ) : (
          <>
            <div className="version" data-testid="version-original">
              <h3>{t('detail.original')}</h3>
              <PayloadView payload={event.payload as ScreeningPayload} />
            </div>
            {event.amendments.map((a, i) => {
              const amendment = a.payload as AmendmentPayload;
              return (
                <div key={a.id} className="version correction" data-testid="version-correction">
                  <h3>{t('detail.correction', { n: i + 1, time: stationClockTime(a.recordedAt, a.utcOffsetMin), staff: a.staffName })}</h3>
                  <p className="correction-reason">{t('detail.correctionReason')}: {amendment.reason}</p>
                  <PayloadView payload={amendment.payload} />
                </div>
              );
            })}
            {staff?.role === 'supervisor' && (
              <button type="button" className="primary" onClick={() => void startCorrecting()}>{t('detail.correct')}</button>
            )}
          </>
        )}
      </section>
    </div>
  );
}
