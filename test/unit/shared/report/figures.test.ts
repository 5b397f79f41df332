import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildReport, type ReportOptions } from '../../../../shared/report/build-report.ts';
import { countRecord, emptyFigures, FIGURE_DEFINITIONS, FIGURE_KEYS, figuresOf } from '../../../../shared/report/figures.ts';
import { recordsInForce } from '../../../../shared/report/records.ts';
import zhReport from '../../../../renderer/i18n/locales/zh-CN/report.json' with { type: 'json' };
import enReport from '../../../../renderer/i18n/locales/en/report.json' with { type: 'json' };
import { amendment, person, resetSeq, screening, vehicle } from '../../../support/hand-built-events.ts';

const options: ReportOptions = {
  from: '2026-02-01', to: '2026-02-01', stationCode: 'GX-001', stationName: '东村卡点',
  localRegionPrefixes: ['4502'], localPlatePrefixes: ['桂B'], feverThresholdCelsius: 37.3,
};
const day = '2026-02-01';
const at = (time: string) => ({ date: day, time });
const LOCAL_ID = '450203199001011234';
const OUTSIDE_ID = '110101199001011234';
const temp = (celsius: number) => ({ temperature: { celsius, source: 'device' as const, offsetCelsius: 0 } });
const figures = (...events: ReturnType<typeof screening>[]) => buildReport(events, options).figures;

beforeEach(resetSeq);

describe('the 日报 figures', () => {
  it('发热转诊 counts only referred people at or over the fever line; a yellow code referral is a code referral', () => {
    const f = figures(
      screening({ ...at('08:00:00'), decision: 'refer', person: person(temp(37.3)) }),
      screening({ ...at('08:01:00'), decision: 'refer', person: person({ ...temp(36.2), healthCode: { colour: 'yellow' } }) }),
      screening({ ...at('08:02:00'), decision: 'refer', person: person({ ...temp(37.2), healthCode: { colour: 'red' } }) }),
      screening({ ...at('08:03:00'), decision: 'refer', person: person({ ...temp(38.0), healthCode: { colour: 'red' } }) }),
      screening({ ...at('08:04:00'), decision: 'refer', vehicle: vehicle({ occupantCount: 3, occupants: [person(temp(39)), person(temp(36.5))] }) }),
      screening({ ...at('08:05:00'), person: person(temp(37.5)) }),
      screening({ ...at('08:06:00'), decision: 'refer', person: person({ ...temp(36.8), healthCode: { colour: 'green' } }) }),
    );
    expect(f).toMatchObject({ peopleReferred: 8, feverReferred: 3, codeReferred: 2, feverReadings: 4, yellowCodes: 1, redCodes: 2, greenCodes: 1 });
  });

  it('people and vehicles turned back are never counted as entered or left', () => {
    const f = figures(
      screening({ ...at('09:00:00'), vehicle: vehicle({ occupantCount: 3, plate: '桂B12345' }) }),
      screening({ ...at('09:01:00'), decision: 'turn-away', vehicle: vehicle({ occupantCount: 2, plate: '粤A12345' }) }),
      screening({ ...at('09:02:00'), decision: 'turn-away', person: person() }),
      screening({ ...at('09:03:00'), direction: 'out', decision: 'turn-away', person: person() }),
      screening({ ...at('09:04:00'), decision: 'refer', person: person(temp(38)) }),
    );
    expect(f).toMatchObject({
      peopleEntered: 3, vehiclesEntered: 1, peopleLeft: 0, vehiclesLeft: 0,
      peopleTurnedBack: 4, vehiclesTurnedBack: 1, pedestriansTurnedBack: 2, peopleReferred: 1, outsideVehiclesEntered: 0,
    });
  });

  it('外来人员进村 and 村民出村 each count one direction: outsiders coming in, villagers going out', () => {
    const f = figures(
      screening({ ...at('10:00:00'), person: person({ idNumber: OUTSIDE_ID }) }),
      screening({ ...at('10:01:00'), direction: 'out', person: person({ idNumber: OUTSIDE_ID }) }),
      screening({ ...at('10:02:00'), person: person({ idNumber: LOCAL_ID }) }),
      screening({ ...at('10:03:00'), direction: 'out', person: person({ idNumber: LOCAL_ID }) }),
      screening({ ...at('10:04:00'), direction: 'out', vehicle: vehicle({ occupantCount: 2, occupants: [person({ idNumber: LOCAL_ID }), person({ idNumber: '' })] }) }),
      screening({ ...at('10:05:00'), decision: 'turn-away', person: person({ idNumber: OUTSIDE_ID }) }),
      screening({ ...at('10:06:00'), vehicle: vehicle({ plate: '粤A12345', occupantCount: 1, occupants: [person({ idNumber: OUTSIDE_ID, returnee: true })] }) }),
      screening({ ...at('10:07:00'), direction: 'out', person: person({ idNumber: LOCAL_ID, returnee: true }) }),
    );
    expect(f).toMatchObject({ outsidersEntered: 2, localsLeft: 3, returneesEntered: 1, outsideVehiclesEntered: 1, peopleEntered: 3, peopleLeft: 5 });
  });

  it('a vehicle stands for its head count, or for its listed occupants where more were listed', () => {
    expect(figures(screening({ ...at('11:00:00'), vehicle: vehicle({ occupantCount: 4, occupants: [person()] }) })).peopleEntered).toBe(4);
    expect(figures(screening({ ...at('11:00:00'), vehicle: vehicle({ occupantCount: 1, occupants: [person(), person()] }) })).peopleEntered).toBe(2);
    expect(figures(screening({ ...at('11:00:00'), vehicle: vehicle({ occupantCount: 0 }) })).peopleEntered).toBe(0);
  });

  it('counts code colours per listed person, none as 无码', () => {
    const f = figures(
      screening({ ...at('13:00:00'), person: person({ healthCode: { colour: 'green' } }) }),
      screening({ ...at('13:01:00'), vehicle: vehicle({ occupants: [person({ healthCode: { colour: 'green' } }), person({ healthCode: { colour: 'none' } }), person()] }) }),
    );
    expect(f).toMatchObject({ greenCodes: 2, noCodes: 1, yellowCodes: 0, redCodes: 0, amended: 0 });
    // A person who showed no code adds to no figure (and no stray key appears).
    expect(Object.keys(f).sort()).toEqual([...FIGURE_KEYS].sort());
    expect(Object.values(f).every(Number.isInteger)).toBe(true);
  });

  it('without configured prefixes nobody is an outsider or a villager', () => {
    const f = buildReport([
      screening({ ...at('12:00:00'), person: person({ idNumber: OUTSIDE_ID }) }),
      screening({ ...at('12:01:00'), direction: 'out', vehicle: vehicle({ plate: '粤A12345', occupants: [person()] }) }),
    ], { ...options, localRegionPrefixes: [], localPlatePrefixes: [] }).figures;
    expect(f).toMatchObject({ outsidersEntered: 0, localsLeft: 0, outsideVehiclesEntered: 0, peopleEntered: 1, peopleLeft: 1 });
  });

  it('a correction moves a record from one figure to another: counting it out undoes counting it in', () => {
    const original = screening({ ...at('14:00:00'), decision: 'turn-away', vehicle: vehicle({ occupantCount: 3 }) });
    const fixed = amendment(original, { decision: 'allow', vehicle: vehicle({ occupantCount: 3 }) }, at('15:00:00'));
    const [before] = recordsInForce([original]);
    const [after] = recordsInForce([original, fixed]);
    const running = emptyFigures();
    countRecord(running, before!, options);
    countRecord(running, before!, options, -1);
    countRecord(running, after!, options);
    expect(running).toEqual(figuresOf([after!], options));
    expect(running).toMatchObject({ records: 1, amended: 1, peopleEntered: 3, peopleTurnedBack: 0, vehiclesTurnedBack: 0 });
  });

  it('the README defines every figure under its key and printed label', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../../README.md'), 'utf8');
    for (const key of FIGURE_KEYS) expect(readme, key).toMatch(new RegExp(`\\| [^\\n]*\`${key}\`[^\\n]*\\| [^\\n]*${FIGURE_DEFINITIONS[key].zh}`));
  });

  it('every figure has a printed label and a definition, and the same label in the preview', () => {
    for (const key of FIGURE_KEYS) {
      expect(FIGURE_DEFINITIONS[key].zh).not.toBe('');
      expect(FIGURE_DEFINITIONS[key].definition).not.toBe('');
      expect((zhReport.figures as Record<string, string>)[key]).toBe(FIGURE_DEFINITIONS[key].zh);
      expect((enReport.figures as Record<string, string>)[key]).toMatch(/\w/);
    }
  });
});
