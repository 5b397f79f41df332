import { describe, expect, it } from 'vitest';
import type { EventView } from '../../../../../shared/api/core.ts';
import type { ScreeningPayload } from '../../../../../shared/domain/event.ts';
import { inForce, logFilterOf, NO_FILTER } from '../../../../../renderer/screens/log/log-view.ts';
import { person } from '../../../../support/hand-built-events.ts';

let seq = 0;
function view(payload: ScreeningPayload, corrections: ScreeningPayload[] = []): EventView {
  const base = (kind: 'screening' | 'amendment', p: unknown) => ({
    seq: ++seq, id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`, stationCode: 'T', kind, recordedAt: '2026-11-01T01:00:00.000Z',
    utcOffsetMin: 480, localDate: '2026-11-01', staffId: 1, staffName: '王芳', shiftId: 1, screeningKind: payload.screening.kind,
    decision: payload.verdict.decision, direction: payload.screening.direction, payload: p, prevHash: '', hash: '',
  });
  return { ...base('screening', payload), amendments: corrections.map((c) => base('amendment', { targetId: 'x', payload: c, reason: 'r' })) } as EventView;
}
const p = (decision: ScreeningPayload['verdict']['decision'], fields = {}): ScreeningPayload =>
  ({ screening: { kind: 'person', direction: 'in', person: person(fields) }, verdict: { decision, reasons: [] }, overrideReason: '' });

describe('log view', () => {
  it('shows the latest correction as the record in force', () => {
    const corrected = view(p('allow', { name: '李四' }), [p('turn-away'), p('refer', { name: '李思' })]);
    expect(inForce(corrected)).toMatchObject({ verdict: { decision: 'refer' }, screening: { person: { name: '李思' } } });
    expect(inForce(view(p('allow'))).verdict.decision).toBe('allow');
  });

  it('asks the station for one day, naming only the filters tapped ("all" is no filter)', () => {
    expect(logFilterOf('2026-11-01', NO_FILTER)).toEqual({ date: '2026-11-01' });
    expect(logFilterOf('2026-11-01', { kind: 'vehicle', decision: 'refer', direction: 'out', text: '  湘A 123 ' }))
      .toEqual({ date: '2026-11-01', kind: 'vehicle', decision: 'refer', direction: 'out', text: '湘A 123' });
    expect(logFilterOf('2026-11-01', { ...NO_FILTER, text: '   ' })).toEqual({ date: '2026-11-01' });
  });
});
