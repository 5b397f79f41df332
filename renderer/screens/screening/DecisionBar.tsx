import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Decision } from '../../../shared/domain/screening.ts';
import { hasInputProblem } from '../../../shared/rules/reasons.ts';
import type { Suggestion } from '../../../shared/rules/suggest.ts';
import { OccupantVerdicts } from './OccupantVerdicts.tsx';
import { useMissingLabel } from './use-missing-label.ts';

/** More than this and the bar would grow over the form; the outlined fields show the rest. */
const MISSING_SHOWN = 3;

interface Props {
  suggestion: Suggestion;
  busy: boolean;
  onConfirm(decision: Decision, overrideReason: string): void;
  /** In a dialog the bar sits in the flow instead of at the bottom of the screen. */
  inline?: boolean;
  /** Extra reason to hold the confirm back (e.g. a correction without its reason). */
  blocked?: boolean;
}

/**
 * The rules' suggestion with its reasons, and one large confirm. Deciding otherwise is one tap
 * away but needs a typed reason, which is recorded beside the suggestion.
 */
export function DecisionBar({ suggestion, busy, onConfirm, inline = false, blocked = false }: Props) {
  const { t } = useTranslation('screening');
  const missingLabel = useMissingLabel();
  const [overriding, setOverriding] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const decision = overriding ?? suggestion.decision;
  const incomplete = decision !== 'turn-away' && suggestion.missing.length > 0;
  // A wrong ID number or plate is recorded only with a stated reason, whatever the decision.
  const flagged = hasInputProblem(suggestion.reasons);
  const asksReason = overriding !== null || flagged;
  const needsReason = asksReason && reason.trim() === '';

  function confirm() {
    onConfirm(decision, asksReason ? reason.trim() : '');
    setOverriding(null);
    setReason('');
  }

  return (
    <div className={`decision-bar suggest-${suggestion.decision} ${inline ? 'inline' : ''}`} data-testid="decision-bar">
      <div className="suggestion" data-testid="suggestion" data-decision={suggestion.decision}>
        <span className="suggestion-label">{t('decision.suggested')}</span>
        <strong className={`decision-word decision-${suggestion.decision}`}>{t(`decision.${suggestion.decision}`)}</strong>
        <ul className="reasons">
          {suggestion.reasons.map((r) => <li key={r}>{t(`reason.${r}`)}</li>)}
        </ul>
        <OccupantVerdicts occupants={suggestion.occupants} />
        {suggestion.missing.length > 0 && (
          <p className="missing" data-testid="missing">
            {t('decision.stillNeeded')}: {suggestion.missing.slice(0, MISSING_SHOWN).map(missingLabel).join(t('decision.separator'))}
            {suggestion.missing.length > MISSING_SHOWN && ` ${t('decision.andMore', { n: suggestion.missing.length - MISSING_SHOWN })}`}
          </p>
        )}
      </div>
      <div className="override" role="radiogroup" aria-label={t('decision.otherwise')}>
        {Decision.options.filter((d) => d !== suggestion.decision).map((d) => (
          <button key={d} type="button" role="radio" aria-checked={overriding === d} className={`small decision-${d} ${overriding === d ? 'chosen' : ''}`}
            onClick={() => setOverriding(overriding === d ? null : d)}>
            {t('decision.insteadOf', { decision: t(`decision.${d}`) })}
          </button>
        ))}
        {asksReason && (
          <input name="overrideReason" autoFocus={overriding !== null} placeholder={t(overriding ? 'decision.overrideReason' : 'decision.problemReason')}
            aria-label={t(overriding ? 'decision.overrideReason' : 'decision.problemReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </div>
      <button type="submit" className={`confirm decision-${decision}`} data-testid="confirm" disabled={busy || blocked || incomplete || needsReason}
        onClick={(e) => { e.preventDefault(); confirm(); }}>
        {t('decision.confirm', { decision: t(`decision.${decision}`) })}
      </button>
    </div>
  );
}
