import type { Database } from 'better-sqlite3';
import type { Settings } from '../../shared/api/core.ts';
import { ApiError } from '../../shared/api/contract.ts';
import type { ScreeningPayload } from '../../shared/domain/event.ts';
import type { Screening, Verdict } from '../../shared/domain/screening.ts';
import { checkDecision } from '../../shared/rules/check.ts';
import { stampRiskAreas } from '../../shared/rules/risk-area.ts';
import { normalisePlate } from '../../shared/rules/locality.ts';
import { ruleContext } from './handlers/rules.ts';

/**
 * The payload as it is stored: the suggestion is judged again here from the draft, so no
 * client can record a suggestion the rules did not make, let anyone in on an incomplete
 * record, or decide otherwise without a stated reason. Each person coming in is stamped with
 * the listed risk area they declared, judged by the station's own list.
 */
export function checkedScreening(
  db: Database,
  station: Settings,
  input: { screening: Screening; verdict: Pick<Verdict, 'decision'>; overrideReason: string },
): ScreeningPayload {
  const ctx = ruleContext(db, station);
  const screening = stampRiskAreas(normalisedScreening(input.screening), ctx.rules.riskAreas);
  const result = checkDecision(ctx, screening, input.verdict.decision, input.overrideReason);
  if (result.ok) return { screening, verdict: result.verdict, suggested: result.suggested, overrideReason: result.overrideReason };
  if (result.problem === 'incomplete') {
    throw new ApiError('bad-request', `incomplete screening: ${result.missing.join(', ')}`,
      result.missing.map((path) => ({ path: `screening.${path}`, message: 'required' })), 'screening-incomplete');
  }
  throw new ApiError('bad-request', `the rules suggest "${result.suggested.decision}": give a reason to decide otherwise`,
    [{ path: 'overrideReason', message: 'required to differ from the suggestion' }], 'override-needs-reason');
}

/** A plate is judged, stored and searched as one spelling: upper case, no spaces or dots (粤a·12345 → 粤A12345). */
function normalisedScreening(s: Screening): Screening {
  return s.kind === 'vehicle' ? { ...s, vehicle: { ...s.vehicle, plate: normalisePlate(s.vehicle.plate) } } : s;
}
