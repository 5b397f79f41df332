import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { StationEvent } from '../../../../shared/domain/event.ts';
import { emptyFigures } from '../../../../shared/report/figures.ts';
import { countTransfers, transferLine, transfersForReport } from '../../../../shared/report/transfer-lines.ts';
import type { TransferPayload } from '../../../../shared/transfer/transfer.ts';
import { stepAllowed, transfersOf } from '../../../../shared/transfer/transfer-state.ts';

let seq = 0;
/** A transfer step recorded at a Beijing wall-clock time. */
function step(localDate: string, time: string, payload: TransferPayload, id = randomUUID()): StationEvent {
  seq += 1;
  return {
    seq, id, kind: 'transfer', stationCode: 'GX-001', recordedAt: new Date(Date.parse(`${localDate}T${time}:00+08:00`)).toISOString(), utcOffsetMin: 480,
    localDate, staffId: 1, staffName: '李明', shiftId: 1, screeningKind: null, decision: null, direction: null,
    payload, prevHash: 'p'.repeat(64), hash: `${seq}`.padStart(64, 'h'),
  } as StationEvent;
}
const opened = (date: string, time: string, id = randomUUID()) =>
  step(date, time, { step: 'opened', source: { kind: 'referral', eventId: randomUUID() }, people: [{ name: '张三', idNumber: '450203199001011234' }], reasons: ['fever'] }, id);
const departed = (date: string, time: string, transferId: string) =>
  step(date, time, { step: 'departed', transferId, escort: '村医', means: 'ambulance-120', meansNote: '', institution: '县定点医院', leftAt: new Date(Date.parse(`${date}T${time}:00+08:00`)).toISOString() });
const handedOver = (date: string, time: string, transferId: string) =>
  step(date, time, { step: 'closed', transferId, outcome: 'handed-over', handedOverAt: new Date(Date.parse(`${date}T${time}:00+08:00`)).toISOString(), receivedBy: '刘医生' });

describe('the transfers a 日报 lists (transfersForReport) and its transfer figures', () => {
  const a = randomUUID();
  const b = randomUUID();
  // a: opened late on the 1st, left before midnight, handed over after it. b: all on the 1st.
  const events = [
    opened('2026-02-28', '23:40', a), departed('2026-02-28', '23:55', a), handedOver('2026-03-01', '00:50', a),
    opened('2026-03-01', '10:00', b), departed('2026-03-01', '10:10', b), handedOver('2026-03-01', '11:30', b),
  ];

  it('lists a transfer on its own day in its state at that day\'s end, not in the state it reached later', () => {
    const day = transfersForReport(events, '2026-02-28', '2026-02-28');
    expect(day.map((t) => [t.id, t.state])).toEqual([[a, 'departed']]);
  });

  it('lists a transfer opened earlier and still unfinished when the day began, and leaves out one closed before', () => {
    expect(transfersForReport(events, '2026-03-01', '2026-03-01').map((t) => [t.id, t.state])).toEqual([[a, 'handed-over'], [b, 'handed-over']]);
    expect(transfersForReport(events, '2026-03-02', '2026-03-02')).toEqual([]);
  });

  it('counts a transfer as opened on the day it was opened and handed over on the day of the hand-over', () => {
    const days = new Map(['2026-02-28', '2026-03-01'].map((date) => [date, { figures: emptyFigures() }]));
    countTransfers(days, transfersForReport(events, '2026-02-28', '2026-03-01'));
    expect(days.get('2026-02-28')!.figures).toMatchObject({ transfersOpened: 1, transfersHandedOver: 0 });
    expect(days.get('2026-03-01')!.figures).toMatchObject({ transfersOpened: 1, transfersHandedOver: 2 });
  });

  it('prints times on the station\'s clock and masks ID numbers unless the full copy is asked for', () => {
    const [t] = transfersForReport(events, '2026-02-28', '2026-03-01');
    expect(transferLine(t!, true)).toMatchObject({ openedAt: '2026-02-28 23:40:00', leftAt: '2026-02-28 23:55:00', handedOverAt: '2026-03-01 00:50:00', people: '张三 4502**********1234', means: '120救护车', reasons: '体温异常' });
    expect(transferLine(t!, false).people).toBe('张三 450203199001011234');
  });

  it('a step for a transfer the events do not hold is skipped; steps are allowed only in order', () => {
    expect(transfersOf([handedOver('2026-03-01', '09:00', randomUUID())])).toEqual([]);
    expect([stepAllowed('open', 'departed'), stepAllowed('departed', 'departed'), stepAllowed('open', 'closed'), stepAllowed('departed', 'closed'), stepAllowed('handed-over', 'closed'), stepAllowed('cancelled', 'departed')])
      .toEqual([true, false, true, true, false, false]);
  });
});
