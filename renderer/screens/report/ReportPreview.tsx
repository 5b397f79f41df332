import { useTranslation } from 'react-i18next';
import type { DailyReport } from '../../../shared/report/daily-report.ts';
import { FIGURE_KEYS } from '../../../shared/report/figures.ts';
import { hourlyChartSvg } from '../../../shared/report/hourly-chart-svg.ts';
import { AfterBarrierPreview } from '../transfers/AfterBarrierPreview.tsx';

/** The 日报 as it will print: every figure, the zero report or abnormal count, hours, staff. */
export function ReportPreview({ report }: { report: DailyReport }) {
  const { t } = useTranslation('report');
  // The chart is our own SVG of numbers only, shown as an image (no markup injected).
  const chart = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(hourlyChartSvg(report.hourly))}`;
  return (
    <div className="report-preview" data-testid="report-preview">
      <dl className="report-counts">
        {FIGURE_KEYS.map((key) => (
          <div key={key} data-testid={`figure-${key}`}><dt>{t(`figures.${key}`)}</dt><dd>{report.figures[key]}</dd></div>
        ))}
        <div data-testid="figure-maxCelsius"><dt>{t('figures.maxCelsius')}</dt><dd>{report.maxCelsius ?? '—'}</dd></div>
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
            {report.days.map((d) => (
              <li key={d.date}>
                {d.date}: {d.figures.records} · {t('figures.peopleTurnedBack')} {d.figures.peopleTurnedBack} · {t('figures.feverReferred')} {d.figures.feverReferred} · {t('figures.codeReferred')} {d.figures.codeReferred}
              </li>
            ))}
          </ul>
        </>
      )}
      <AfterBarrierPreview report={report} />
      <h2>{t('staff')}</h2>
      <p data-testid="report-staff">{report.staffOnDuty.map((s) => `${s.name} (${s.records})`).join('、') || t('noStaff')}</p>
    </div>
  );
}
