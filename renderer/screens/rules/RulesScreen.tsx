import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api/core.ts';
import { CodeColour, VehicleType } from '../../../shared/domain/screening.ts';
import { FollowUpField } from '../../../shared/domain/follow-up.ts';
import { RegistrableField, type RuleSettings } from '../../../shared/rules/settings.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useSeededForm } from '../../app/use-seeded-form.ts';
import { useStation } from '../../app/station-context.tsx';
import { ChoiceButtons } from '../screening/ChoiceButtons.tsx';
import { parseCelsius } from '../screening/TemperatureField.tsx';
import { checkPlatePrefixes, checkRegionPrefixes } from '../setup/prefixes.ts';
import { CODE_POLICIES, policyOf, withPolicy } from './code-policy.ts';
import { RiskAreasEditor } from './RiskAreasEditor.tsx';
import { ToggleSet } from './ToggleSet.tsx';
import './rules.css';

interface Form { regions: string; plates: string; threshold: string; rules: RuleSettings }

const formOf = (s: Settings, rules: RuleSettings): Form => ({
  regions: s.localRegionPrefixes.join(' '), plates: s.localPlatePrefixes.join(' '), threshold: s.feverThresholdCelsius.toFixed(1), rules,
});

/**
 * The checkpoint's policy, for supervisors (the station refuses anyone else): what is local,
 * the fever line, which code colours are referred or refused, which outside vehicles are
 * turned back, and what outside persons must register. Screens use it from the next person on.
 */
export function RulesScreen() {
  const { t } = useTranslation(['rules', 'screening', 'setup']);
  const { client } = useStation();
  const seeded = useSeededForm<Form>();
  const form = seeded.value;
  const [saved, setSaved] = useState(false);
  const [error, showError, clearError] = useApiError();

  useEffect(() => {
    void Promise.all([client.call('getSettings', {}), client.call('getRuleSettings', {})])
      .then(([s, r]) => seeded.seed(formOf(s, r)), showError);
  }, [client, showError, seeded.seed]);
  if (!form) return <p aria-busy="true">{error ?? '…'}</p>;

  const regions = checkRegionPrefixes(form.regions);
  const plates = checkPlatePrefixes(form.plates);
  const threshold = parseCelsius(form.threshold);
  const ok = regions.bad.length === 0 && plates.bad.length === 0 && threshold !== null && threshold >= 36 && threshold <= 40;
  const edit = (next: Partial<Form>) => { setSaved(false); seeded.edit(next); };
  const editRules = (next: Partial<RuleSettings>) => edit({ rules: { ...form.rules, ...next } });

  async function save(e: FormEvent) {
    e.preventDefault();
    clearError();
    const sent = form!;
    try {
      const s = await client.call('updateSettings', { localRegionPrefixes: regions.values, localPlatePrefixes: plates.values, feverThresholdCelsius: threshold! });
      const r = await client.call('updateRuleSettings', sent.rules);
      // What the person changed while the save was on its way stays on screen, unsaved.
      seeded.saved(sent, formOf(s, r));
      setSaved(true);
    } catch (err) { showError(err); }
  }

  return (
    <form className="rules-screen" data-testid="rules-screen" onSubmit={(e) => void save(e)}>
      <h1>{t('title')}</h1>
      <fieldset>
        <legend>{t('setup:local')}</legend>
        <label>{t('setup:regions')}<input name="regions" value={form.regions} aria-invalid={regions.bad.length > 0} onChange={(e) => edit({ regions: e.target.value })} /></label>
        <p className="field-hint">{regions.bad.length ? t('setup:badRegions', { values: regions.bad.join(' ') }) : regions.names.join('、')}</p>
        <label>{t('setup:plates')}<input name="plates" value={form.plates} aria-invalid={plates.bad.length > 0} onChange={(e) => edit({ plates: e.target.value })} /></label>
        {plates.bad.length > 0 && <p className="field-hint warn">{t('setup:badPlates', { values: plates.bad.join(' ') })}</p>}
        <label>{t('setup:threshold')}<input name="threshold" inputMode="decimal" value={form.threshold} onChange={(e) => edit({ threshold: e.target.value })} /></label>
        <label className="check">
          <input type="checkbox" name="requireTemperature" checked={form.rules.requireTemperature} onChange={(e) => editRules({ requireTemperature: e.target.checked })} />
          {t('requireTemperature')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('codes')}</legend>
        {CodeColour.options.map((colour) => (
          <div className="policy-row" key={colour}>
            <span className={`code code-${colour}`}>{t(`screening:colour.${colour}`)}</span>
            <ChoiceButtons label={t(`screening:colour.${colour}`)} className="filter-group" options={CODE_POLICIES} value={policyOf(form.rules, colour)}
              onChange={(p) => edit({ rules: withPolicy(form.rules, colour, p) })} labelOf={(p) => t(`policy.${p}`)} />
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('vehicles')}</legend>
        <p className="field-hint">{t('barredHelp')}</p>
        <ToggleSet label={t('barred')} options={VehicleType.options} chosen={form.rules.barredOutsideVehicleTypes}
          onChange={(v) => editRules({ barredOutsideVehicleTypes: v })} labelOf={(v) => t(`screening:vehicleType.${v}`)} />
        <p className="field-hint">{t('exemptHelp')}</p>
        <ToggleSet label={t('exempt')} options={VehicleType.options} chosen={form.rules.exemptVehicleTypes}
          onChange={(v) => editRules({ exemptVehicleTypes: v })} labelOf={(v) => t(`screening:vehicleType.${v}`)} />
      </fieldset>
      <fieldset>
        <legend>{t('register')}</legend>
        <ToggleSet label={t('register')} options={RegistrableField.options} chosen={form.rules.outsidePersonMustRegister}
          onChange={(v) => editRules({ outsidePersonMustRegister: v })} labelOf={(f) => t(`screening:person.${f}`)} />
      </fieldset>
      <fieldset>
        <legend>{t('followUp')}</legend>
        <ToggleSet label={t('followUp')} options={FollowUpField.options} chosen={form.rules.followUpRequired}
          onChange={(v) => editRules({ followUpRequired: v })} labelOf={(f) => t(`screening:missing.${f}`)} />
      </fieldset>
      <RiskAreasEditor list={form.rules.riskAreas} policy={form.rules.riskAreaPolicy} onChange={editRules} />
      {error && <p role="alert" className="error">{error}</p>}
      {saved && <p role="status" className="saved">{t('saved')}</p>}
      <button type="submit" className="primary" disabled={!ok}>{t('save')}</button>
    </form>
  );
}
