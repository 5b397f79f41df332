import { maskIdNumber } from '../privacy/mask.ts';
import { listedPeople } from '../report/figures.ts';
import { CODE_COLOUR_ZH, DECISION_ZH, DIRECTION_ZH, reasonZh } from '../report/labels-zh.ts';
import type { RecordInForce } from '../report/records.ts';

/**
 * The facts of a screening as an incident sheet prints them, in Chinese (the sheet goes to the
 * township): who (ID masked: the full number stays in the record), what was measured and
 * shown, what was decided and why. One line per person.
 */
export function screeningFacts(record: RecordInForce): string {
  const { screening, verdict } = record.payload;
  const lines = listedPeople(record).map((p) => [
    p.name || '—',
    p.idNumber ? `身份证 ${maskIdNumber(p.idNumber)}` : '',
    p.temperature ? `体温 ${p.temperature.celsius}℃` : '',
    p.healthCode?.colour ? CODE_COLOUR_ZH[p.healthCode.colour] : '',
  ].filter(Boolean).join('，'));
  if (screening.kind === 'vehicle') lines.unshift(`车辆 ${screening.vehicle.plate}，${screening.vehicle.occupantCount} 人`);
  const reasons = verdict.reasons.map(reasonZh).join('、');
  lines.push(`${DIRECTION_ZH[screening.direction]}村，处置：${DECISION_ZH[verdict.decision]}${reasons ? `（${reasons}）` : ''}`);
  return lines.join('\n');
}
