import { useTranslation } from 'react-i18next';

/** Newer / older pages of the log, and which page this is of how many records. */
export function LogPager({ pageNumber, total, newer, older }: { pageNumber: number; total: number; newer: (() => void) | null; older: (() => void) | null }) {
  const { t } = useTranslation('log');
  return (
    <nav className="log-pager" aria-label={t('page.label')}>
      <button type="button" className="small" disabled={!newer} onClick={() => newer?.()}>{t('page.newer')}</button>
      <span data-testid="log-page">{t('page.of', { page: pageNumber, total })}</span>
      <button type="button" className="small" disabled={!older} onClick={() => older?.()}>{t('page.older')}</button>
    </nav>
  );
}
