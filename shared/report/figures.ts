import { z } from 'zod';
import type { PersonScreening } from '../domain/screening.ts';
import { personLocality, vehicleLocality } from './locality.ts';
import type { RecordInForce } from './records.ts';

/**
 * The 日报 figures, each with its written definition. One source for the preview, the JSON,
 * the XLSX/CSV 汇总 and the PDF. Every figure is over the records in force (an amended record
 * counts in its corrected version). "People" of a record: the pedestrian; for a vehicle, its
 * listed occupants, plus its head count where that is larger (the people not registered one
 * by one still went through). "Let in / let through" is the decision 放行 (allow).
 * A person's locality is judged from the ID number's region against the station's local
 * prefixes; a person without a readable number is neither local nor outside.
 */
export const FIGURE_KEYS = [
  'records',
  'peopleEntered', 'vehiclesEntered', 'outsidersEntered', 'returneesEntered', 'outsideVehiclesEntered',
  'peopleLeft', 'vehiclesLeft', 'localsLeft',
  'peopleTurnedBack', 'vehiclesTurnedBack', 'pedestriansTurnedBack',
  'peopleReferred', 'feverReferred', 'codeReferred',
  'feverReadings', 'greenCodes', 'yellowCodes', 'redCodes', 'noCodes',
  'amended',
  'transfersOpened', 'transfersHandedOver',
  // Home isolation (issue 13): counted from the isolation events, see shared/isolation/figures.ts.
  'arrivalsRegistered', 'underIsolation', 'isolationReleased', 'isolationFevers',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export type DayFigures = Record<FigureKey, number>;
export const DayFigures = z.object(Object.fromEntries(FIGURE_KEYS.map((k) => [k, z.number().int().min(0)])) as Record<FigureKey, z.ZodNumber>);

/** Label (as printed) and definition of each figure, in the order of the paper 日报. */
export const FIGURE_DEFINITIONS: Record<FigureKey, { zh: string; definition: string }> = {
  records: { zh: '登记总数', definition: 'screenings recorded that day (each once, corrected or not)' },
  peopleEntered: { zh: '进村人员', definition: 'people going in (进) who were let in' },
  vehiclesEntered: { zh: '进村车辆', definition: 'vehicles going in that were let in' },
  outsidersEntered: { zh: '外来人员进村', definition: 'people let in whose ID region is not local (五清: 外来人员人数)' },
  returneesEntered: { zh: '返乡人员进村', definition: 'people let in who are marked 返乡' },
  outsideVehiclesEntered: { zh: '外地车辆进村', definition: 'vehicles let in whose plate is not local' },
  peopleLeft: { zh: '出村人员', definition: 'people going out (出) who were let through' },
  vehiclesLeft: { zh: '出村车辆', definition: 'vehicles going out that were let through' },
  localsLeft: { zh: '村民出村', definition: 'people let out whose ID region is local (五清: 村民出村人数)' },
  peopleTurnedBack: { zh: '劝返人数', definition: 'people turned away (劝返): pedestrians and every occupant of a turned-away vehicle' },
  vehiclesTurnedBack: { zh: '劝返车辆', definition: 'vehicles turned away' },
  pedestriansTurnedBack: { zh: '劝返步行人员', definition: 'pedestrians turned away' },
  peopleReferred: { zh: '转诊人数', definition: 'people referred to the health centre (转诊), every occupant of a referred vehicle' },
  feverReferred: { zh: '发热转诊', definition: 'referred people with a measured temperature at or over the fever line' },
  codeReferred: { zh: '健康码转诊', definition: 'referred people without fever who showed a yellow or red code' },
  feverReadings: { zh: '体温超标人数', definition: 'people measured at or over the fever line, whatever was decided' },
  greenCodes: { zh: '绿码', definition: 'people screened who showed a green code' },
  yellowCodes: { zh: '黄码', definition: 'people screened who showed a yellow code' },
  redCodes: { zh: '红码', definition: 'people screened who showed a red code' },
  noCodes: { zh: '无码', definition: 'people screened who were asked for a code and showed none' },
  amended: { zh: '已更正记录', definition: 'records of the day corrected by an amendment' },
  transfersOpened: { zh: '转运登记', definition: 'fever transfer hand-offs opened that day (one with every referral record, and any other source)' },
  transfersHandedOver: { zh: '转运交接完成', definition: 'transfers handed over to the receiving institution that day (by the day of the hand-over record)' },
  arrivalsRegistered: { zh: '新登记返乡人员', definition: 'people put on the arrivals register (登记造册) that day' },
  underIsolation: { zh: '在管居家隔离', definition: 'people under home isolation at the end of the day: arrived, not yet released (for a range: at the end of its last day)' },
  isolationReleased: { zh: '解除隔离', definition: 'people released from home isolation that day' },
  isolationFevers: { zh: '隔离人员发热', definition: 'follow-up readings that day at or over the fever line' },
};

/** Figures that are a count at the end of a day, not a sum over it: a range shows its last day's. */
export const STOCK_FIGURES: readonly FigureKey[] = ['underIsolation'];

export const emptyFigures = (): DayFigures => Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0])) as DayFigures;

export function addFigures(a: DayFigures, b: DayFigures): DayFigures {
  const sum = emptyFigures();
  for (const key of FIGURE_KEYS) sum[key] = a[key] + b[key];
  return sum;
}

export interface FigureOptions {
  localRegionPrefixes: readonly string[];
  localPlatePrefixes: readonly string[];
  feverThresholdCelsius: number;
}

/** The listed people of a record: the pedestrian, or the vehicle's registered occupants. */
export function listedPeople(record: RecordInForce): PersonScreening[] {
  const s = record.payload.screening;
  return s.kind === 'person' ? [s.person] : s.vehicle.occupants;
}

/** How many people a record stands for: one pedestrian, or a vehicle's listed or counted people. */
export function headCount(record: RecordInForce): number {
  const s = record.payload.screening;
  return s.kind === 'person' ? 1 : Math.max(s.vehicle.occupantCount, s.vehicle.occupants.length);
}

export const hasFever = (p: PersonScreening, threshold: number) => (p.temperature?.celsius ?? -Infinity) >= threshold;

/** Adds one record's contribution to `figures` (`sign` -1 takes it away again, for a correction). */
export function countRecord(figures: DayFigures, record: RecordInForce, options: FigureOptions, sign: 1 | -1 = 1): void {
  const { screening, verdict } = record.payload;
  const add = (key: FigureKey, n = 1) => { figures[key] += sign * n; };
  const people = listedPeople(record);
  const heads = headCount(record);
  const isVehicle = screening.kind === 'vehicle';
  add('records');
  if (record.amendedBy) add('amended');
  for (const person of people) {
    if (hasFever(person, options.feverThresholdCelsius)) add('feverReadings');
    const colour = person.healthCode?.colour;
    if (colour) add(colour === 'none' ? 'noCodes' : `${colour}Codes`);
  }
  if (verdict.decision === 'allow') {
    const locality = (p: PersonScreening) => personLocality(p.idNumber, options.localRegionPrefixes);
    if (screening.direction === 'in') {
      add('peopleEntered', heads);
      add('outsidersEntered', people.filter((p) => locality(p) === 'outside').length);
      add('returneesEntered', people.filter((p) => p.returnee).length);
      if (isVehicle) {
        add('vehiclesEntered');
        if (vehicleLocality(screening.vehicle.plate, options.localPlatePrefixes) === 'outside') add('outsideVehiclesEntered');
      }
    } else {
      add('peopleLeft', heads);
      add('localsLeft', people.filter((p) => locality(p) === 'local').length);
      if (isVehicle) add('vehiclesLeft');
    }
  } else if (verdict.decision === 'turn-away') {
    add('peopleTurnedBack', heads);
    add(isVehicle ? 'vehiclesTurnedBack' : 'pedestriansTurnedBack');
  } else {
    add('peopleReferred', heads);
    const fever = people.filter((p) => hasFever(p, options.feverThresholdCelsius));
    add('feverReferred', fever.length);
    add('codeReferred', people.filter((p) => !fever.includes(p) && (p.healthCode?.colour === 'yellow' || p.healthCode?.colour === 'red')).length);
  }
}

/** The figures of a set of records. */
export function figuresOf(records: Iterable<RecordInForce>, options: FigureOptions): DayFigures {
  const figures = emptyFigures();
  for (const record of records) countRecord(figures, record, options);
  return figures;
}
