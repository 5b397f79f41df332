import { useTranslation } from 'react-i18next';
import { useOpenMatters } from './use-open-matters.ts';

/** On the status bar: transfers still under way and reports not yet acknowledged, each a link to its screen. */
export function OpenMattersBadges() {
  const { t } = useTranslation('transfers');
  const matters = useOpenMatters();
  if (!matters) return null;
  return (
    <>
      <a href="#/transfers" data-testid="status-transfers" className={matters.transfers > 0 ? 'matter warn' : 'matter'}>
        {t('status.transfers')}: <b>{matters.transfers}</b>
      </a>
      <a href="#/incidents" data-testid="status-incidents" className={matters.incidents > 0 ? 'matter warn' : 'matter'}>
        {t('status.incidents')}: <b>{matters.incidents}</b>
      </a>
    </>
  );
}
