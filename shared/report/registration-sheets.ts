import type { PersonScreening, VehicleScreening } from '../domain/screening.ts';
import { maskIdNumber, maskPhone } from '../privacy/mask.ts';
import { hasFever, headCount, listedPeople } from './figures.ts';
import { CODE_COLOUR_ZH, DECISION_ZH, DIRECTION_ZH, KIND_ZH, LOCALITY_ZH, reasonZh, SEX_ZH, SYMPTOM_ZH, VEHICLE_TYPE_ZH } from './labels-zh.ts';
import { personLocality, vehicleLocality } from './locality.ts';
import { localDateTime, type RecordInForce } from './records.ts';
import { sheetOf, type ColumnOf, type Sheet } from './sheet.ts';

export interface SheetOptions {
  /** Mask ID numbers and phones (the default); false only for a supervisor's police export. */
  mask: boolean;
  localRegionPrefixes: readonly string[];
  localPlatePrefixes: readonly string[];
  feverThresholdCelsius: number;
}

/** One person line: the record and, for a vehicle occupant, the vehicle they were in. */
interface PersonLine { record: RecordInForce; person: PersonScreening; vehicle: VehicleScreening | null }

const vehicleOf = (r: RecordInForce) => (r.payload.screening.kind === 'vehicle' ? r.payload.screening.vehicle : null);

function personLines(records: readonly RecordInForce[], keep: (r: RecordInForce, p: PersonScreening) => boolean) {
  return function* (): Iterable<PersonLine> {
    for (const record of records) {
      const vehicle = vehicleOf(record);
      const people = listedPeople(record);
      for (const person of people) if (keep(record, person)) yield { record, person, vehicle };
    }
  };
}

/** Columns every sheet starts and ends with: when, which way, who recorded it, which event. */
const timeColumn = <T>(rec: (s: T) => RecordInForce): ColumnOf<T> => ({ header: '时间', width: 20, type: 'datetime', cell: (s) => localDateTime(rec(s).event) });
const directionColumn = <T>(rec: (s: T) => RecordInForce): ColumnOf<T> => ({ header: '方向', width: 6, type: 'text', cell: (s) => DIRECTION_ZH[rec(s).payload.screening.direction] });
const trailingColumns = <T>(rec: (s: T) => RecordInForce): ColumnOf<T>[] => [
  { header: '登记人', width: 10, type: 'text', cell: (s) => rec(s).event.staffName },
  { header: '更正', width: 8, type: 'text', cell: (s) => (rec(s).amendedBy ? '已更正' : '') },
  { header: '记录号', width: 9, type: 'number', cell: (s) => rec(s).event.seq },
];

/** The listed area the station matched, with the date of the list it was judged by. */
function riskAreaText(person: PersonScreening): string {
  const risk = person.followUp?.riskArea;
  return risk ? `${risk.area}（${risk.listIssuedOn || '未注明日期'}名单）` : '';
}

function personColumns(options: SheetOptions): ColumnOf<PersonLine>[] {
  const rec = (l: PersonLine) => l.record;
  const id = options.mask ? maskIdNumber : (v: string) => v;
  const phone = options.mask ? maskPhone : (v: string) => v;
  return [
    timeColumn(rec),
    directionColumn(rec),
    { header: '姓名', width: 10, type: 'text', cell: (l) => l.person.name },
    { header: '性别', width: 6, type: 'text', cell: (l) => SEX_ZH[l.person.sex] },
    { header: '身份证号', width: 21, type: 'text', cell: (l) => id(l.person.idNumber) },
    { header: '电话', width: 14, type: 'text', cell: (l) => phone(l.person.phone) },
    { header: '车牌', width: 11, type: 'text', cell: (l) => l.vehicle?.plate ?? '' },
    { header: '来自', width: 16, type: 'text', cell: (l) => l.person.origin || l.vehicle?.origin || '' },
    { header: '前往', width: 16, type: 'text', cell: (l) => l.person.destination || l.vehicle?.destination || '' },
    { header: '事由', width: 16, type: 'text', cell: (l) => l.person.reason || l.vehicle?.reason || '' },
    { header: '体温(℃)', width: 9, type: 'number', cell: (l) => l.person.temperature?.celsius ?? null },
    { header: '健康码', width: 8, type: 'text', cell: (l) => (l.person.healthCode?.colour ? CODE_COLOUR_ZH[l.person.healthCode.colour] : '') },
    { header: '返乡', width: 6, type: 'text', cell: (l) => (l.person.returnee ? '是' : '') },
    { header: '住址（到村组）', width: 18, type: 'text', cell: (l) => l.person.followUp?.address ?? '' },
    { header: '抵达日期', width: 11, type: 'text', cell: (l) => l.person.followUp?.arrivalDate ?? '' },
    { header: '14天内途经地区', width: 20, type: 'text', cell: (l) => l.person.followUp?.travel ?? '' },
    { header: '症状', width: 12, type: 'text', cell: (l) => (l.person.followUp?.symptoms ?? []).map((s) => SYMPTOM_ZH[s]).join('、') },
    { header: '本地联系人', width: 14, type: 'text', cell: (l) => l.person.followUp?.localContact ?? '' },
    { header: '风险地区', width: 16, type: 'text', cell: (l) => riskAreaText(l.person) },
    { header: '外地', width: 6, type: 'text', cell: (l) => LOCALITY_ZH[personLocality(l.person.idNumber, options.localRegionPrefixes)] },
    { header: '处置', width: 8, type: 'text', cell: (l) => DECISION_ZH[l.record.payload.verdict.decision] },
    ...trailingColumns(rec),
  ];
}

interface VehicleLine { record: RecordInForce; vehicle: VehicleScreening }

function vehicleLines(records: readonly RecordInForce[], keep: (r: RecordInForce) => boolean) {
  return function* (): Iterable<VehicleLine> {
    for (const record of records) {
      const vehicle = vehicleOf(record);
      if (vehicle && keep(record)) yield { record, vehicle };
    }
  };
}

function vehicleColumns(options: SheetOptions): ColumnOf<VehicleLine>[] {
  const rec = (l: VehicleLine) => l.record;
  return [
    timeColumn(rec),
    directionColumn(rec),
    { header: '车牌', width: 11, type: 'text', cell: (l) => l.vehicle.plate },
    { header: '车型', width: 9, type: 'text', cell: (l) => VEHICLE_TYPE_ZH[l.vehicle.vehicleType] },
    { header: '乘员数', width: 7, type: 'number', cell: (l) => l.vehicle.occupantCount },
    { header: '来自', width: 16, type: 'text', cell: (l) => l.vehicle.origin },
    { header: '前往', width: 16, type: 'text', cell: (l) => l.vehicle.destination },
    { header: '事由', width: 16, type: 'text', cell: (l) => l.vehicle.reason },
    { header: '绿色通道', width: 10, type: 'text', cell: (l) => l.vehicle.greenChannel },
    { header: '外地', width: 6, type: 'text', cell: (l) => LOCALITY_ZH[vehicleLocality(l.vehicle.plate, options.localPlatePrefixes)] },
    { header: '处置', width: 8, type: 'text', cell: (l) => DECISION_ZH[l.record.payload.verdict.decision] },
    ...trailingColumns(rec),
  ];
}

/** The verdict's reasons in Chinese, then the staff member's own words for an override. */
const reasonsText = (r: RecordInForce) => [...r.payload.verdict.reasons.map(reasonZh), r.payload.overrideReason].filter(Boolean).join('；');

function turnBackColumns(): ColumnOf<RecordInForce>[] {
  const rec = (r: RecordInForce) => r;
  const people = (r: RecordInForce) => listedPeople(r);
  return [
    timeColumn(rec),
    directionColumn(rec),
    { header: '类别', width: 6, type: 'text', cell: (r) => KIND_ZH[r.payload.screening.kind] },
    { header: '车牌', width: 11, type: 'text', cell: (r) => vehicleOf(r)?.plate ?? '' },
    { header: '车型', width: 9, type: 'text', cell: (r) => { const v = vehicleOf(r); return v ? VEHICLE_TYPE_ZH[v.vehicleType] : ''; } },
    { header: '姓名', width: 14, type: 'text', cell: (r) => people(r).map((p) => p.name).filter(Boolean).join('、') },
    { header: '人数', width: 6, type: 'number', cell: (r) => headCount(r) },
    { header: '来自', width: 16, type: 'text', cell: (r) => vehicleOf(r)?.origin ?? people(r)[0]?.origin ?? '' },
    { header: '事由', width: 16, type: 'text', cell: (r) => vehicleOf(r)?.reason ?? people(r)[0]?.reason ?? '' },
    { header: '劝返原因', width: 18, type: 'text', cell: (r) => reasonsText(r) },
    { header: '绿色通道', width: 10, type: 'text', cell: (r) => vehicleOf(r)?.greenChannel ?? '' },
    ...trailingColumns(rec),
  ];
}

function referralColumns(options: SheetOptions): ColumnOf<PersonLine>[] {
  const person = personColumns(options);
  const pick = (...headers: string[]) => headers.map((h) => person.find((c) => c.header === h)).filter((c) => c !== undefined);
  return [
    ...pick('时间', '方向', '姓名', '性别', '身份证号', '电话', '体温(℃)', '健康码', '车牌', '来自', '前往'),
    { header: '转诊原因', width: 18, type: 'text', cell: (l) => reasonsText(l.record) },
    ...pick('登记人', '更正', '记录号'),
  ];
}

/**
 * The registration sheets of the 日报, in the order the police keep them. 发热转诊 lists exactly
 * the people counted by `feverReferred` (referred, at or over the fever line); 健康码转诊 those
 * counted by `codeReferred` (referred without fever, with a yellow or red code).
 */
export function registrationSheets(records: readonly RecordInForce[], options: SheetOptions): Sheet[] {
  const threshold = options.feverThresholdCelsius;
  const referred = (r: RecordInForce) => r.payload.verdict.decision === 'refer';
  const badCode = (p: PersonScreening) => p.healthCode?.colour === 'yellow' || p.healthCode?.colour === 'red';
  return [
    sheetOf('persons', '人员登记', personColumns(options), personLines(records, () => true)),
    sheetOf('vehicles', '车辆登记', vehicleColumns(options), vehicleLines(records, () => true)),
    sheetOf('turn-backs', '劝返登记', turnBackColumns(), function* () { for (const r of records) if (r.payload.verdict.decision === 'turn-away') yield r; }),
    sheetOf('fever-referrals', '发热转诊', referralColumns(options), personLines(records, (r, p) => referred(r) && hasFever(p, threshold))),
    sheetOf('code-referrals', '健康码转诊', referralColumns(options), personLines(records, (r, p) => referred(r) && !hasFever(p, threshold) && badCode(p))),
  ];
}
