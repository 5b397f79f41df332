import { useTranslation } from 'react-i18next';
import './isolation.css';

/** The barrier's warning that the person going out is under home isolation, and the reason the record needs. */
export function IsolationExitNote({ lastDay, reason, onReason }: { lastDay: string; reason: string; onReason(reason: string): void }) {
  const { t } = useTranslation('isolation');
  return (
    <div className="isolation-exit" role="alert" data-testid="isolation-exit">
      <strong>{t('exit.flag', { lastDay })}</strong>
      <input name="isolationReason" placeholder={t('exit.reason')} aria-label={t('exit.reason')} value={reason} onChange={(e) => onReason(e.target.value)} />
    </div>
  );
}
