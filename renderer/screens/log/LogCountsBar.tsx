import { useTranslation } from 'react-i18next';
import type { LogCounts } from '../../../shared/api/core.ts';

const TILES: (keyof LogCounts)[] = ['in', 'out', 'turnedAway', 'referred', 'total'];

/** Today at a glance: in, out, turned away, referred, all. */
export function LogCountsBar({ counts }: { counts: LogCounts }) {
  const { t } = useTranslation('log');
  return (
    <div className="log-counts">
      {TILES.map((k) => (
        <div key={k} className={`count-tile count-${k}`} data-testid={`count-${k}`}>
          <span className="count-value">{counts[k]}</span>
          <span className="count-label">{t(`counts.${k}`)}</span>
        </div>
      ))}
    </div>
  );
}
