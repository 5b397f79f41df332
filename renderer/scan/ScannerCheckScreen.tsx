import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './scan.css';
import { fieldsFromScan } from '../../shared/decode/index.ts';
import { IdCardPanel } from '../idcard/IdCardPanel.tsx';
import { LazyCameraScanner } from './LazyCameraScanner.tsx';
import { DecodeNotes } from './DecodeNotes.tsx';
import { LiveDecodeInput } from './LiveDecodeInput.tsx';
import type { OnScan, Scan } from './use-decode.ts';
import { ScannerSettingsForm } from './ScannerSettingsForm.tsx';
import { useScannerBurst } from './use-scanner-burst.ts';
import { useSerialScans } from './use-serial-scans.ts';

interface Logged extends Scan { n: number }

/**
 * Setting up and checking the scanners: camera (choose once, torch), USB scanner bursts, and
 * typing. Each scan fills the same fields the screening form takes, through the same mapping.
 */
export function ScannerCheckScreen() {
  const { t } = useTranslation('scan');
  const [scans, setScans] = useState<Logged[]>([]);
  const [cameraOn, setCameraOn] = useState(false);
  const onScan: OnScan = useCallback((scan) => {
    setScans((prev) => [{ ...scan, n: (prev[0]?.n ?? 0) + 1 }, ...prev].slice(0, 10));
  }, []);
  useScannerBurst(onScan);
  useSerialScans(onScan);

  const last = scans[0];
  const fields = last ? fieldsFromScan(last.result) : {};
  const shown: [string, string | undefined][] = [
    ['idNumber', fields.idNumber], ['name', fields.name], ['sex', fields.sex && t(`sex.${fields.sex}`)],
    ['plate', fields.plate], ['codeColour', fields.healthCode?.colour && t(`colour.${fields.healthCode.colour}`)],
    ['raw', fields.healthCode?.raw],
  ];

  return (
    <section className="scanner-check">
      <h1>{t('check.title')}</h1>
      <p className="hint">{t('check.intro')}</p>
      <div className="scanner-check-grid">
        <div className="card">
          <h2>{t('check.camera')}</h2>
          <button type="button" onClick={() => setCameraOn((on) => !on)} aria-pressed={cameraOn}>
            {t(cameraOn ? 'camera.stop' : 'camera.start')}
          </button>
          {cameraOn && <LazyCameraScanner onScan={onScan} />}
        </div>
        <div className="card">
          <h2>{t('check.keyboard')}</h2>
          <LiveDecodeInput onScan={onScan} label={t('typed.label')} />
          <label>
            {t('check.typingTest')}
            <input name="typingTest" autoComplete="off" />
          </label>
        </div>
        <div className="card">
          <h2>{t('check.settings')}</h2>
          <ScannerSettingsForm />
        </div>
        <IdCardPanel />
        <form className="card scan-fields" aria-label={t('check.result')} onSubmit={(e) => e.preventDefault()}>
          <h2>{t('check.result')}</h2>
          {last ? (
            <>
              <p data-testid="scan-source">{t(`source.${last.source}`)} · #{last.n}</p>
              <DecodeNotes result={last.result} />
            </>
          ) : <p className="empty">{t('check.none')}</p>}
          {shown.map(([name, value]) => (
            <label key={name}>
              {t(`field.${name}`)}
              <input name={name} value={value ?? ''} readOnly />
            </label>
          ))}
          <p className="hint">{t('check.unverified')}</p>
        </form>
      </div>
      <ol className="scan-log" data-testid="scan-log">
        {scans.map((s) => <li key={s.n}>{t(`source.${s.source}`)}: {t(`kind.${s.result.kind}`)} {s.result.value.slice(0, 40)}</li>)}
      </ol>
    </section>
  );
}
