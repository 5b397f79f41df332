import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCelsius } from './screening/TemperatureField.tsx';
import { checkPlatePrefixes, checkRegionPrefixes } from './setup/prefixes.ts';
import { useApiError } from '../app/use-api-error.ts';
import { useStation } from '../app/station-context.tsx';
import './setup/setup.css';

const DEFAULT_THRESHOLD = '37.3';

/**
 * First run: only what is needed to start screening. The station, where it is, what counts as
 * local, the fever threshold, and the first supervisor; the thermometer is set up afterwards.
 */
export function SetupScreen() {
  const { t } = useTranslation(['common', 'setup']);
  const { client, signedIn } = useStation();
  const [form, setForm] = useState({
    stationName: '', stationCode: '', township: '', village: '', regions: '', plates: '', threshold: DEFAULT_THRESHOLD, supervisorName: '', pin: '',
  });
  const [error, showError] = useApiError();
  const field = (key: keyof typeof form) => ({
    name: key, id: `setup-${key}`, value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
  });
  const regions = checkRegionPrefixes(form.regions);
  const plates = checkPlatePrefixes(form.plates);
  const threshold = parseCelsius(form.threshold);
  const thresholdOk = threshold !== null && threshold >= 36 && threshold <= 40;
  const ready = regions.bad.length === 0 && plates.bad.length === 0 && thresholdOk;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!ready) return;
    try {
      signedIn(await client.call('setup', {
        settings: {
          stationName: form.stationName, stationCode: form.stationCode, township: form.township, village: form.village,
          localRegionPrefixes: regions.values, localPlatePrefixes: plates.values, feverThresholdCelsius: threshold!,
        },
        supervisor: { name: form.supervisorName, pin: form.pin },
      }));
    } catch (err) { showError(err); }
  }

  return (
    <form className="card setup" onSubmit={(e) => void submit(e)} data-testid="setup-screen">
      <h1>{t('common:setup.title')}</h1>
      <p>{t('common:setup.intro')}</p>
      <fieldset>
        <legend>{t('setup:station')}</legend>
        <label>{t('common:setup.stationName')}<input required {...field('stationName')} placeholder={t('setup:example.stationName')} /></label>
        <label>{t('common:setup.stationCode')}<input required {...field('stationCode')} placeholder="XC-01" /></label>
        <label>{t('setup:township')}<input {...field('township')} /></label>
        <label>{t('setup:village')}<input {...field('village')} /></label>
      </fieldset>
      <fieldset>
        <legend>{t('setup:local')}</legend>
        <label>{t('setup:regions')}<input {...field('regions')} placeholder="4503" aria-invalid={regions.bad.length > 0} /></label>
        <p className="field-hint" data-testid="setup-regions-hint">
          {regions.bad.length > 0 ? t('setup:badRegions', { values: regions.bad.join(' ') }) : regions.names.length > 0 ? regions.names.join('、') : t('setup:regionsHelp')}
        </p>
        <label>{t('setup:plates')}<input {...field('plates')} placeholder="桂C" aria-invalid={plates.bad.length > 0} /></label>
        <p className="field-hint">{plates.bad.length > 0 ? t('setup:badPlates', { values: plates.bad.join(' ') }) : t('setup:platesHelp')}</p>
        <label>{t('setup:threshold')}<input {...field('threshold')} inputMode="decimal" aria-invalid={!thresholdOk} /></label>
        {!thresholdOk && <p className="field-hint warn">{t('setup:badThreshold')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('setup:supervisor')}</legend>
        <label>{t('common:setup.supervisorName')}<input required {...field('supervisorName')} /></label>
        <label>{t('common:setup.pin')}<input required type="password" inputMode="numeric" pattern="\d{6,12}" {...field('pin')} /></label>
      </fieldset>
      <p className="field-hint">{t('setup:thermometerLater')}</p>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="primary" disabled={!ready}>{t('common:setup.submit')}</button>
    </form>
  );
}
