import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RiskAreaPolicy, type RiskAreaList } from '../../../shared/rules/risk-area.ts';
import { ChoiceButtons } from '../screening/ChoiceButtons.tsx';

interface Props {
  list: RiskAreaList;
  policy: RiskAreaPolicy;
  onChange(next: { riskAreas: RiskAreaList; riskAreaPolicy: RiskAreaPolicy }): void;
}

/** One place a line; blank lines and single characters are not places. */
export function parseAreas(text: string): string[] {
  return [...new Set(text.split(/[\n,，、;；]+/).map((a) => a.trim()).filter((a) => a.length >= 2))];
}

/**
 * The supervisor's dated risk-area list, as the county issues it (one place a line), and what
 * happens to someone whose declared origin or travel touches it.
 */
export function RiskAreasEditor({ list, policy, onChange }: Props) {
  const { t } = useTranslation('rules');
  // The typed text is kept as typed; the list is what it parses to.
  const [text, setText] = useState(list.areas.join('\n'));
  return (
    <fieldset data-testid="risk-areas">
      <legend>{t('riskAreas.legend')}</legend>
      <label>{t('riskAreas.issuedOn')}
        <input type="date" name="riskIssuedOn" value={list.issuedOn} onChange={(e) => onChange({ riskAreas: { ...list, issuedOn: e.target.value }, riskAreaPolicy: policy })} />
      </label>
      <label>{t('riskAreas.areas')}
        <textarea name="riskAreas" rows={4} value={text}
          onChange={(e) => { setText(e.target.value); onChange({ riskAreas: { ...list, areas: parseAreas(e.target.value) }, riskAreaPolicy: policy }); }} />
      </label>
      <p className="field-hint">{t('riskAreas.areasHelp')}</p>
      <div className="policy-row">
        <span>{t('riskAreas.policy')}</span>
        <ChoiceButtons label={t('riskAreas.policy')} className="filter-group" options={RiskAreaPolicy.options} value={policy}
          onChange={(p) => onChange({ riskAreas: list, riskAreaPolicy: p })} labelOf={(p) => t(`riskAreas.policies.${p}`)} />
      </div>
    </fieldset>
  );
}
