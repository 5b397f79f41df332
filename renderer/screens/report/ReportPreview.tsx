import { useTranslation } from 'react-i18next';
import type { DailyReport } from '../../../shared/report/daily-report.ts';
import { hourlyChartSvg } from '../../../shared/report/hourly-chart-svg.ts';

/** The 日报 as it will print: the counts, the zero report or abnormal count, hours, staff. */
export function ReportPreview({ report }: { report: DailyReport }) {
  const { t } = useTranslation('report');
  const items: [string, string | number][] = [
    ['total', report.total],
    ['entries', report.entries.people],
    ['exits', report.exits.people],
    ['entryVehicles', report.entries.vehicles],
    ['exitVehicles', report.exits.vehicles],
    ['turnBacks', report.turnBacks.total],
    ['referrals', report.feverReferrals.total],
    ['outsidePersons', report.outside.persons],
    ['outsideVehicles', report.outside.vehicles],
    ['returnees', report.returnees],
    ['redYellow', `${report.codeColours.red} / ${report.codeColours.yellow}`],
    ['amended', report.amended],
  ];
  // The chart is our own SVG of numbers only, shown as an image (no markup injected).
  const chart = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(hourlyChartSvg(report.hourly))}`;
  return (
    <div className="report-preview" data-testid="report-preview">
      <dl className="report-counts">
        {items.map(([key, value]) => (
          <div key={key} data-testid={`count-${key}`}><dt>{t(`counts.${key}`)}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      <p className={report.zeroReport ? 'zero-report' : 'abnormal'} data-testid="zero-report">
        {report.zeroReport ? t('zeroReport') : t('abnormal', { count: report.abnormal })}
      </p>
      <h2>{t('hourly')}</h2>
      <img className="report-chart" src={chart} alt={t('hourly')} />
      {report.days.length > 1 && (
        <>
          <h2>{t('days')}</h2>
          <ul className="report-days">
            {report.days.map((d) => <li key={d.date}>{d.date}: {d.total} · {t('counts.turnBacks')} {d.turnBacks} · {t('counts.referrals')} {d.feverReferrals}</li>)}
          </ul>
        </>
      )}
      <h2>{t('staff')}</h2>
      <p data-testid="report-staff">{report.staffOnDuty.map((s) => `${s.name} (${s.records})`).join('、') || t('noStaff')}</p>
    </div>
  );
}
