import { useTranslation } from 'react-i18next';
import type { DailyReport } from '../../../shared/report/daily-report.ts';

/** The 日报 preview's transfers (with their state) and 三联动 duty lines, as they will print. */
export function AfterBarrierPreview({ report }: { report: DailyReport }) {
  const { t } = useTranslation(['report', 'transfers']);
  const { duty } = report;
  return (
    <div className="after-barrier">
      <h2>{t('afterBarrier.transfers')} ({report.transfers.length})</h2>
      {report.transfers.length === 0 ? <p>{t('afterBarrier.noTransfers')}</p> : (
        <table data-testid="report-transfers">
          <tbody>
            {report.transfers.map((x, i) => (
              <tr key={i} data-state={x.state}>
                <td>{x.openedAt.slice(11, 16)}</td><td>{x.people}</td><td>{t(`transfers:state.${x.state}`)}</td>
                <td>{x.escort}</td><td>{x.means}</td><td>{x.institution}</td><td>{x.receivedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {duty && (
        <>
          <h2>{t('afterBarrier.duty')}</h2>
          <ul data-testid="report-duty">
            {duty.byDepartment.map((d) => (
              <li key={d.department}>{t(`afterBarrier.department.${d.department}`)}: {d.staff.join('、') || '—'} · {t('afterBarrier.minutes', { minutes: d.minutes })}</li>
            ))}
          </ul>
          <p data-testid="report-unattended">
            {duty.unattended.length === 0 ? t('afterBarrier.allAttended')
              : t('afterBarrier.unattended', { spans: duty.unattended.map((g) => `${g.from.slice(11)}–${g.to.slice(11)}`).join(', '), minutes: duty.unattendedMinutes })}
          </p>
        </>
      )}
    </div>
  );
}
