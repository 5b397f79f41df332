import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningPayload, StationEvent } from '../../../shared/domain/event.ts';
import { useWindowKeys } from '../../app/use-window-keys.ts';
import { ReportNowButton } from '../incidents/ReportNowButton.tsx';
import { beep } from './beep.ts';
import { subjectOf } from './draft.ts';

/**
 * Full screen, readable at arm's length: green pass, red turn away, amber refer, with a sound.
 * Enter, Escape or a tap anywhere goes on to the next person.
 */
export function ResultOverlay({ event, onClose }: { event: StationEvent; onClose(): void }) {
  const { t } = useTranslation('screening');
  const next = useRef<HTMLButtonElement>(null);
  const payload = event.payload as ScreeningPayload;
  const decision = payload.verdict.decision;

  useEffect(() => { beep(decision); }, [event.id, decision]);
  // From the first frame the result is on screen: staff press Enter as it appears.
  useLayoutEffect(() => { next.current?.focus(); }, [event.id]);

  // The form behind may take focus back as it resets for the next person, so Enter and Escape
  // are heard on the whole window while the result is up, not only on the focused button.
  useWindowKeys(['Enter', 'Escape'], (e) => {
    e.preventDefault();
    e.stopPropagation();
    onClose();
  });

  return (
    <div className={`result result-${decision}`} role="alertdialog" aria-modal="true" aria-labelledby="result-word"
      data-testid="result" data-decision={decision} onClick={onClose}>
      <div id="result-word" className="result-word">{t(`result.${decision}`)}</div>
      <div className="result-subject">{subjectOf(payload.screening)}</div>
      <ul className="result-reasons">
        {payload.verdict.reasons.map((r) => <li key={r}>{t(`reason.${r}`)}</li>)}
        {payload.overrideReason && <li>{payload.overrideReason}</li>}
      </ul>
      {decision === 'refer' && <p className="result-transfer" data-testid="result-transfer">{t('transfers:transferOpened')}</p>}
      <ReportNowButton event={event} onDone={onClose} />
      <button ref={next} type="button" className="result-next" onClick={onClose}>{t('result.next')}</button>
    </div>
  );
}
