import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/domain/screening.ts';

interface Props {
  occupants: readonly { decision: Decision; reasons: readonly string[] }[] | undefined;
}

/**
 * Who makes a vehicle's suggestion: each occupant not simply let in, with their own decision
 * and reasons ("乘员1 转诊：体温异常（发热）"), on the decision bar and in the record.
 */
export function OccupantVerdicts({ occupants }: Props) {
  const { t } = useTranslation('screening');
  const shown = (occupants ?? []).map((o, i) => ({ ...o, n: i + 1 })).filter((o) => o.decision !== 'allow');
  if (shown.length === 0) return null;
  return (
    <ul className="occupant-verdicts" data-testid="occupant-verdicts">
      {shown.map((o) => (
        <li key={o.n} className={`decision-${o.decision}`}>
          {t('decision.occupantVerdict', {
            who: t('vehicle.occupantN', { n: o.n }),
            decision: t(`decision.${o.decision}`),
            reasons: o.reasons.map((r) => t(`reason.${r}`)).join(t('decision.separator')),
          })}
        </li>
      ))}
    </ul>
  );
}
