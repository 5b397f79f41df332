import type { Decision, Screening, Verdict } from '../domain/screening.ts';
import type { RuleContext } from './settings.ts';
import { hasInputProblem } from './reasons.ts';
import { suggest, type Suggestion } from './suggest.ts';

export type DecisionCheck =
  | { ok: true; verdict: Verdict; suggested: Verdict; overrideReason: string }
  | { ok: false; problem: 'incomplete'; missing: string[] }
  | { ok: false; problem: 'override-reason-required'; suggested: Verdict };

/** A suggestion as it is recorded (the `missing` list only matters before confirming). */
function verdictOf(s: Suggestion): Verdict {
  return s.occupants ? { decision: s.decision, reasons: s.reasons, occupants: s.occupants } : { decision: s.decision, reasons: s.reasons };
}

/**
 * Whether a staff member's decision may be recorded, judged again from the draft itself so
 * that no client can record a suggestion the rules did not make. Letting in or referring needs
 * a complete draft; a turn-away does not. Another decision than suggested needs a reason, and
 * so does any decision on input that cannot be right (a wrong ID number, a plate that is no
 * plate): it is recorded with the suggestion's reasons, `override`, and the stated reason.
 */
export function checkDecision(ctx: RuleContext, draft: Screening, decision: Decision, overrideReason: string): DecisionCheck {
  const s = suggest(ctx, draft);
  const suggested = verdictOf(s);
  if (decision !== 'turn-away' && s.missing.length > 0) return { ok: false, problem: 'incomplete', missing: s.missing };
  const flagged = hasInputProblem(s.reasons);
  if (decision === s.decision && !flagged) return { ok: true, verdict: suggested, suggested, overrideReason: '' };
  const reason = overrideReason.trim();
  if (reason === '') return { ok: false, problem: 'override-reason-required', suggested };
  const reasons = flagged ? [...s.reasons, 'override'] : ['override'];
  return { ok: true, verdict: { decision, reasons }, suggested, overrideReason: reason };
}
