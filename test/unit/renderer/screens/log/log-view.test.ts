import { describe, expect, it } from 'vitest';
import type { EventView } from '../../../../../shared/api/core.ts';
import type { ScreeningPayload } from '../../../../../shared/domain/event.ts';
import { countLog, inForce, matchesFilter, NO_FILTER } from '../../../../../renderer/screens/log/log-view.ts';
import { person, vehicle } from '../../../../support/hand-built-events.ts';

let seq = 0;
function view(payload: ScreeningPayload, corrections: ScreeningPayload[] = []): EventView {
  const base = (kind: 'screening' | 'amendment', p: unknown) => ({
    seq: ++seq, id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`, stationCode: 'T', kind, recordedAt: '2026-11-01T01:00:00.000Z',
    utcOffsetMin: 480, localDate: '2026-11-01', staffId: 1, staffName: '王芳', shiftId: 1, screeningKind: payload.screening.kind,
    decision: payload.verdict.decision, direction: payload.screening.direction, payload: p, prevHash: '', hash: '',
  });
  return { ...base('screening', payload), amendments: corrections.map((c) => base('amendment', { targetId: 'x', payload: c, reason: 'r' })) } as EventView;
}
const p = (decision: ScreeningPayload['verdict']['decision'], direction: 'in' | 'out', fields = {}): ScreeningPayload =>
  ({ screening: { kind: 'person', direction, person: person(fields) }, verdict: { decision, reasons: [] }, overrideReason: '' });
const v = (decision: ScreeningPayload['verdict']['decision'], plate: string): ScreeningPayload =>
  ({ screening: { kind: 'vehicle', direction: 'in', vehicle: vehicle({ plate }) }, verdict: { decision, reasons: [] }, overrideReason: '' });

describe('log view', () => {
  const corrected = view(p('allow', 'in', { name: '李四' }), [p('refer', 'in', { name: '李四', phone: '13900000000' })]);
  const events = [view(p('allow', 'in')), view(p('allow', 'out', { name: '赵六' })), view(v('turn-away', '湘A12345')), corrected];

  it('uses the latest correction as the record in force', () => {
    expect(inForce(corrected).verdict.decision).toBe('refer');
    expect(inForce(events[0]!).verdict.decision).toBe('allow');
  });

  it('counts let in, let out, turned away and referred by the version in force: a turn-back never entered', () => {
    expect(countLog(events)).toEqual({ in: 1, out: 1, turnedAway: 1, referred: 1, total: 4 });
  });

  it.each([
    [{ kind: 'vehicle' }, 1],
    [{ kind: 'person' }, 3],
    [{ decision: 'refer' }, 1],
    [{ decision: 'allow' }, 2],
    [{ direction: 'out' }, 1],
    [{ text: '湘a 123' }, 1],
    [{ text: '赵' }, 1],
    [{ text: '139000' }, 1],
    [{ text: '450203' }, 3],
    [{ text: '不存在' }, 0],
    [{ kind: 'person', direction: 'in', decision: 'allow' }, 1],
  ] as const)('filter %j keeps %i', (filter, n) => {
    expect(events.filter((e) => matchesFilter(e, { ...NO_FILTER, ...filter })).length).toBe(n);
  });
});
