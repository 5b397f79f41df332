import { useTranslation } from 'react-i18next';
import { ChoiceButtons } from '../screening/ChoiceButtons.tsx';
import { NO_FILTER, type LogChoice } from './log-view.ts';

const KINDS = ['all', 'person', 'vehicle'] as const;
const DECISIONS = ['all', 'allow', 'turn-away', 'refer'] as const;
const DIRECTIONS = ['all', 'in', 'out'] as const;

/** Kind, decision, direction and free text; everything applies as it is tapped or typed. */
export function LogFilters({ filter, onChange }: { filter: LogChoice; onChange(f: LogChoice): void }) {
  const { t } = useTranslation('log');
  return (
    <div className="log-filters">
      <ChoiceButtons label={t('filter.kind')} className="filter-group" options={KINDS} value={filter.kind}
        onChange={(kind) => onChange({ ...filter, kind })} labelOf={(k) => t(`filter.kinds.${k}`)} />
      <ChoiceButtons label={t('filter.decision')} className="filter-group" options={DECISIONS} value={filter.decision}
        onChange={(decision) => onChange({ ...filter, decision })} labelOf={(d) => t(`filter.decisions.${d}`)} />
      <ChoiceButtons label={t('filter.direction')} className="filter-group" options={DIRECTIONS} value={filter.direction}
        onChange={(direction) => onChange({ ...filter, direction })} labelOf={(d) => t(`filter.directions.${d}`)} />
      <input type="search" name="log-search" className="log-search" placeholder={t('filter.text')} aria-label={t('filter.text')}
        value={filter.text} onChange={(e) => onChange({ ...filter, text: e.target.value })} />
      <button type="button" className="small" onClick={() => onChange(NO_FILTER)}>{t('filter.reset')}</button>
    </div>
  );
}
