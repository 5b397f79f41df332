import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThermometerDiagnostics } from '../../shared/api/thermometer.ts';
import { useStation } from '../app/station-context.tsx';

const POLL_MS = 500;
const FRAMES_SHOWN = 15;
const time = (iso: string) => iso.slice(11, 23);

/** Raw bytes both ways, decoded frames (before the offset), dropped counts and the last error; newest first, refreshed twice a second. */
export function DiagnosticsPanel() {
  const { t } = useTranslation('thermometer');
  const { client } = useStation();
  const [d, setD] = useState<ThermometerDiagnostics | null>(null);

  useEffect(() => {
    let live = true;
    const load = () => client.call('thermometerDiagnostics', {}).then((next) => { if (live) setD(next); }, () => undefined);
    void load();
    const timer = setInterval(load, POLL_MS);
    return () => { live = false; clearInterval(timer); };
  }, [client]);

  if (!d) return null;
  const counters: [string, number][] = [
    ['bytes', d.counters.bytes], ['frames', d.counters.frames], ['droppedFrames', d.counters.droppedFrames], ['droppedBytes', d.counters.droppedBytes],
  ];
  return (
    <section className="diagnostics card" data-testid="diagnostics">
      <h2>{t('diagnostics.title')}</h2>
      <div className="counters">
        {counters.map(([key, n]) => <div key={key} data-testid={`counter-${key}`}><b>{n}</b>{t(`diagnostics.${key}`)}</div>)}
      </div>
      <p data-testid="last-error">
        {t('diagnostics.lastError')}: {d.lastError ? <span className="fault">{time(d.lastError.at)} {d.lastError.message}</span> : t('diagnostics.none')}
      </p>
      <h3>{t('diagnostics.raw')}</h3>
      <pre data-testid="raw-hex">{[...d.raw].reverse().map((r) => `${time(r.at)} ${r.dir === 'rx' ? '←' : '→'} ${r.hex}`).join('\n') || t('diagnostics.none')}</pre>
      <h3>{t('diagnostics.frames')}</h3>
      <table>
        <thead><tr><th>{t('diagnostics.time')}</th><th>{t('diagnostics.kind')}</th><th>{t('diagnostics.detail')}</th><th>HEX</th></tr></thead>
        <tbody data-testid="decoded-frames">
          {[...d.frames].reverse().slice(0, FRAMES_SHOWN).map((f, i) => (
            <tr key={`${f.at}-${i}`} className={f.kind === 'reading' ? '' : 'fault'}>
              <td>{time(f.at)}</td><td>{t(`frame.${f.kind}`)}</td><td>{f.detail}</td><td><code>{f.hex}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
