import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../shared/api/core.ts';
import { stationClockTime } from '../../../shared/domain/local-time.ts';
import { maskIdNumber } from '../../../shared/privacy/mask.ts';
import { subjectOf } from '../screening/draft.ts';
import { inForce, peopleOf } from './log-view.ts';

/** One page of records, newest first; a row opens its detail (tap, or Enter on the focused row). */
export function LogTable({ events, onOpen }: { events: EventView[]; onOpen(e: EventView): void }) {
  const { t } = useTranslation('log');
  return (
    <table className="log-table" data-testid="today-records">
      <thead>
        <tr>
          <th>{t('col.time')}</th><th>{t('col.kind')}</th><th>{t('col.who')}</th><th>{t('col.idNumber')}</th>
          <th>{t('col.temperature')}</th><th>{t('col.decision')}</th><th>{t('col.operator')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => {
          const p = inForce(e);
          const first = peopleOf(p)[0];
          const decision = p.verdict.decision;
          return (
            <tr key={e.id} className={`decision-${decision}`} tabIndex={0} data-seq={e.seq}
              onClick={() => onOpen(e)}
              // preventDefault: else the same Enter's keypress lands on the dialog's focused Close button.
              onKeyDown={(k) => { if (k.key === 'Enter') { k.preventDefault(); onOpen(e); } }}>
              <td>{stationClockTime(e.recordedAt, e.utcOffsetMin)}</td>
              <td>{t(`kind.${p.screening.kind}`)} · {t(`direction.${p.screening.direction}`)}</td>
              <td>{subjectOf(p.screening) || '—'}{p.screening.kind === 'vehicle' && ` · ${t('occupantsShort', { n: p.screening.vehicle.occupantCount })}`}</td>
              <td className="mono">{first ? maskIdNumber(first.idNumber) : ''}</td>
              <td>{first?.temperature ? `${first.temperature.celsius.toFixed(1)}${first.temperature.source === 'manual' ? '*' : ''}` : ''}</td>
              <td className="decision-cell">
                {t(`decision.${decision}`)}
                {e.amendments.length > 0 && <span className="badge amended" data-testid="amended">{t('amended')}</span>}
                {p.screening.kind === 'vehicle' && p.screening.vehicle.occupantsLater && !p.screening.vehicle.occupantsWaived && (
                  <span className="badge pending" data-testid="occupants-pending">{t('occupantsPending')}</span>
                )}
              </td>
              <td>{e.staffName}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
