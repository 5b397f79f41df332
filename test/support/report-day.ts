import type { StationEvent } from '../../shared/domain/event.ts';
import type { ReportStore } from './report-store.ts';

/** Cells a spreadsheet would run as formulas if written raw. */
export const INJECTION = { name: '=HYPERLINK("http://evil","点我")', origin: '+86-771', reason: '@SUM(A1:A9)', destination: '-1+1', phone: '\t13800000000' };

/**
 * One station day (2026-02-01, UTC+8) with every kind of line a 日报 has, plus records just
 * outside the day and a correction made the next morning.
 */
export function fillReportDay(store: ReportStore): { events: StationEvent[] } {
  const events: StationEvent[] = [];
  events.push(store.record('2026-01-31', '23:59:59', { kind: 'person', direction: 'in', person: { name: '前一天', sex: 'male', idNumber: '', phone: '', origin: '', destination: '', reason: '', returnee: false } }));
  const first = store.record('2026-02-01', '08:00:00', { kind: 'person', direction: 'in', person: { name: '张三', sex: 'male', idNumber: '450203199001011234', phone: '13812345678', origin: '南宁', destination: '东村', reason: '探亲', returnee: true, temperature: { celsius: 36.5, source: 'device', offsetCelsius: 0 }, healthCode: { colour: 'green' } } });
  events.push(first);
  events.push(store.record('2026-02-01', '09:00:00', { kind: 'person', direction: 'in', person: { sex: 'female', idNumber: '110101199003077777', returnee: false, ...INJECTION } }));
  events.push(store.record('2026-02-01', '10:00:00', { kind: 'vehicle', direction: 'in', vehicle: {
    plate: '粤A12345', vehicleType: 'taxi', occupantCount: 2, origin: '广州', destination: '东村', reason: '送客', greenChannel: '',
    occupants: [
      { name: '王五', sex: 'male', idNumber: '440101198805051234', phone: '13900001111', origin: '广州', destination: '', reason: '', returnee: false, temperature: { celsius: 38.3, source: 'device', offsetCelsius: 0.2 } },
      { name: '赵六', sex: 'female', idNumber: '440101199206061234', phone: '', origin: '广州', destination: '', reason: '', returnee: false, temperature: { celsius: 36.6, source: 'device', offsetCelsius: 0.2 } },
    ],
  } }, 'refer', ['occupant-fever']));
  events.push(store.record('2026-02-01', '23:59:30', { kind: 'vehicle', direction: 'out', vehicle: {
    plate: '桂B11111', vehicleType: 'freight', occupantCount: 1, occupants: [], origin: '东村', destination: '玉林', reason: '运货', greenChannel: '',
  } }, 'turn-away', ['outside-vehicle-barred']));
  events.push(store.record('2026-02-02', '00:00:10', { kind: 'person', direction: 'in', person: { name: '后一天', sex: 'male', idNumber: '', phone: '', origin: '', destination: '', reason: '', returnee: false } }));
  events.push(store.amend(first, '2026-02-02', '09:00:00', { kind: 'person', direction: 'in', person: { name: '张叁', sex: 'male', idNumber: '450203199001011234', phone: '13812345678', origin: '南宁', destination: '东村', reason: '探亲', returnee: true, temperature: { celsius: 36.5, source: 'device', offsetCelsius: 0 }, healthCode: { colour: 'green' } } }));
  return { events };
}
