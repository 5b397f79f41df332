import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../../../shared/api/contract.ts';
import { createStation, type Station } from '../../../../electron/station/station.ts';
import { checkedAnswers, type Answered } from '../../../support/checked-answers.ts';
import { feverReferral, localPersonScreening, STATION_SETTINGS_FOR_TESTS, TEST_PIN_COST } from '../../../support/temp-station.ts';

interface Ctx { s: Station; supervisor: string; staff: string; dir: string; ids: Record<string, string> }
type Step = (c: Ctx) => Promise<unknown>;

/**
 * One call per contract method, in an order a station could meet them. The table is typed over
 * every method name: a new method does not compile until it is here (or in ELSEWHERE, which
 * says which test holds its answer to the schema through `tempStation`).
 */
const STEPS: Record<Exclude<MethodName, keyof typeof ELSEWHERE>, Step> = {
  status: ({ s }) => s.call('status', {}),
  getSettings: ({ s }) => s.call('getSettings', {}),
  setup: async (c) => {
    c.supervisor = (await c.s.call('setup', { settings: STATION_SETTINGS_FOR_TESTS, supervisor: { name: '王芳', pin: '246813' } })).token;
  },
  updateSettings: ({ s, supervisor }) => s.call('updateSettings', { village: '东村' }, supervisor),
  addStaff: ({ s, supervisor }) => s.call('addStaff', { name: '李明', pin: '1357', role: 'staff' }, supervisor),
  listStaff: ({ s }) => s.call('listStaff', {}),
  signIn: async (c) => { c.staff = (await c.s.call('signIn', { name: '李明', pin: '1357' })).token; },
  whoAmI: ({ s, staff }) => s.call('whoAmI', {}, staff),
  recordScreening: async (c) => { c.ids.record = (await c.s.call('recordScreening', localPersonScreening(), c.staff)).id; },
  listEvents: ({ s, staff }) => s.call('listEvents', {}, staff),
  countEvents: ({ s, staff }) => s.call('countEvents', {}, staff),
  revealEvent: ({ s, staff, ids }) => s.call('revealEvent', { id: ids.record! }, staff),
  amendEvent: ({ s, supervisor, ids }) => {
    const { screening, verdict } = localPersonScreening('张叁');
    return s.call('amendEvent', { targetId: ids.record!, payload: { screening, verdict, overrideReason: '' }, reason: '录入错误' }, supervisor);
  },
  staffRoster: ({ s, supervisor }) => s.call('staffRoster', {}, supervisor),
  unlockStaff: ({ s, supervisor }) => s.call('unlockStaff', { staffId: 2 }, supervisor),
  getRuleSettings: ({ s }) => s.call('getRuleSettings', {}),
  updateRuleSettings: ({ s, supervisor }) => s.call('updateRuleSettings', { riskAreaPolicy: 'register' }, supervisor),
  getMaintenanceSettings: ({ s, supervisor }) => s.call('getMaintenanceSettings', {}, supervisor),
  updateMaintenanceSettings: ({ s, supervisor }) => s.call('updateMaintenanceSettings', { maxShiftHours: 10 }, supervisor),
  backupNow: async (c) => { c.ids.backup = (await c.s.call('backupNow', {}, c.supervisor)).name; },
  listBackups: ({ s, supervisor }) => s.call('listBackups', {}, supervisor),
  listSerialPorts: ({ s, staff }) => s.call('listSerialPorts', {}, staff),
  getThermometerSettings: ({ s, staff }) => s.call('getThermometerSettings', {}, staff),
  updateThermometerSettings: ({ s, supervisor }) => s.call('updateThermometerSettings', { protocol: 'virtual' }, supervisor),
  connectThermometer: ({ s, staff }) => s.call('connectThermometer', {}, staff),
  thermometerDiagnostics: ({ s, staff }) => s.call('thermometerDiagnostics', {}, staff),
  disconnectThermometer: ({ s, staff }) => s.call('disconnectThermometer', {}, staff),
  getScannerSettings: ({ s, staff }) => s.call('getScannerSettings', {}, staff),
  updateScannerSettings: ({ s, supervisor }) => s.call('updateScannerSettings', { baudRate: 9600 }, supervisor),
  connectScanner: ({ s, staff }) => s.call('connectScanner', {}, staff),
  disconnectScanner: ({ s, staff }) => s.call('disconnectScanner', {}, staff),
  getIdCardSettings: ({ s, staff }) => s.call('getIdCardSettings', {}, staff),
  updateIdCardSettings: ({ s, supervisor }) => s.call('updateIdCardSettings', { mode: 'virtual' }, supervisor),
  connectIdCardReader: ({ s, staff }) => s.call('connectIdCardReader', {}, staff),
  idCardDiagnostics: ({ s, staff }) => s.call('idCardDiagnostics', {}, staff),
  presentTrainingCard: ({ s, staff }) => s.call('presentTrainingCard', {}, staff),
  disconnectIdCardReader: ({ s, staff }) => s.call('disconnectIdCardReader', {}, staff),
  saveDraft: ({ s, staff }) => s.call('saveDraft', { screen: 'person', draft: null }, staff),
  takeDraft: ({ s, staff }) => s.call('takeDraft', { screen: 'person' }, staff),
  openTransfer: async (c) => {
    const referral = await c.s.call('recordScreening', feverReferral(), c.staff);
    c.ids.transfer = (await c.s.call('openTransfer', { source: { kind: 'referral', eventId: referral.id } }, c.staff)).id;
  },
  listTransfers: ({ s, staff }) => s.call('listTransfers', {}, staff),
  getTransferSettings: ({ s, staff }) => s.call('getTransferSettings', {}, staff),
  updateTransferSettings: ({ s, supervisor }) => s.call('updateTransferSettings', { institutions: ['乡镇卫生院', '县定点医院'] }, supervisor),
  departTransfer: ({ s, staff, ids }) => s.call('departTransfer', { transferId: ids.transfer!, escort: '村医 陈华', means: 'village-vehicle', institution: '乡镇卫生院' }, staff),
  closeTransfer: ({ s, staff, ids }) => s.call('closeTransfer', { transferId: ids.transfer!, outcome: 'handed-over', receivedBy: '刘医生' }, staff),
  openMatters: ({ s, staff }) => s.call('openMatters', {}, staff),
  reportIncident: async (c) => { c.ids.incident = (await c.s.call('reportIncident', { category: 'other', facts: '货车冲卡' }, c.staff)).id; },
  listIncidents: ({ s, staff }) => s.call('listIncidents', {}, staff),
  printIncidentSheet: ({ s, staff, ids }) => s.call('printIncidentSheet', { incidentId: ids.incident! }, staff),
  acknowledgeIncident: ({ s, supervisor, ids }) => s.call('acknowledgeIncident', { incidentId: ids.incident! }, supervisor),
  setStaffDepartment: ({ s, supervisor }) => s.call('setStaffDepartment', { staffId: 2, department: 'village' }, supervisor),
  staffDepartments: ({ s, supervisor }) => s.call('staffDepartments', {}, supervisor),
  isolationSettings: ({ s, staff }) => s.call('isolationSettings', {}, staff),
  updateIsolationSettings: ({ s, supervisor }) => s.call('updateIsolationSettings', { periodDays: 14 }, supervisor),
  followUpDay: async (c) => {
    const returnee = localPersonScreening('赵返乡');
    if (returnee.screening.kind === 'person') returnee.screening.person = { ...returnee.screening.person, returnee: true, followUp: { address: '东村三组', arrivalDate: '', travel: '', symptoms: [], localContact: '' } };
    await c.s.call('recordScreening', returnee, c.staff);
    const day = await c.s.call('followUpDay', {}, c.supervisor);
    c.ids.arrival = day.rows[0]!.arrivalId;
    return day;
  },
  recordIsolationReading: async ({ s, supervisor, ids }) => s.call('recordIsolationReading', { arrivalId: ids.arrival!, date: (await s.call('status', {})).today, slot: 'morning', celsius: 36.5 }, supervisor),
  isolationCheck: ({ s, staff }) => s.call('isolationCheck', { idNumber: '450203199001011233' }, staff),
  exportIsolation: ({ s, supervisor, dir }) => s.call('exportIsolation', { sheet: 'register', format: 'xlsx', folder: dir }, supervisor),
  assignResponsible: ({ s, supervisor, ids }) => s.call('assignResponsible', { arrivalId: ids.arrival!, name: '孙干部', role: 'village-cadre' }, supervisor),
  endIsolation: ({ s, supervisor, ids }) => s.call('endIsolation', { arrivalId: ids.arrival!, outcome: 'release', reason: '卫生院通知解除' }, supervisor),
  dailyReport: async ({ s, staff }) => s.call('dailyReport', { from: (await s.call('status', {})).today }, staff),
  exportReport: async ({ s, supervisor, dir }) => s.call('exportReport', { from: (await s.call('status', {})).today, format: 'csv', folder: dir }, supervisor),
  signingKey: ({ s, staff }) => s.call('signingKey', {}, staff),
  purgeRecords: ({ s, supervisor }) => s.call('purgeRecords', { olderThanDays: 30 }, supervisor),
  setStaffActive: ({ s, supervisor }) => s.call('setStaffActive', { staffId: 2, active: true }, supervisor),
  resetStaffPin: ({ s, supervisor }) => s.call('resetStaffPin', { staffId: 2, pin: '8642' }, supervisor),
  changeOwnPin: ({ s, supervisor }) => s.call('changeOwnPin', { currentPin: '246813', newPin: '135792' }, supervisor),
  restoreBackup: ({ s, supervisor, ids }) => s.call('restoreBackup', { backup: ids.backup! }, supervisor),
  // The restored backup holds the PIN of its time; the restore ended every session.
  signOut: async (c) => { c.supervisor = (await c.s.call('signIn', { name: '王芳', pin: '246813' })).token; return c.s.call('signOut', {}, c.supervisor); },
};

/**
 * Methods whose answer needs a device on a pty: their tests run on `tempStation`, which holds
 * every answer to its schema too; recovery is a mode of the same dispatcher, checked on a station in recovery.
 */
const ELSEWHERE = {
  takeSerialScan: 'handlers/scanner.test.ts: a serial scanner on a pty',
  takeIdCard: 'handlers/idcard.test.ts: a card read from a reader on a pty',
  testThermometer: 'handlers/thermometer.test.ts: a module on a pty',
  testIdCardReader: 'handlers/idcard.test.ts: a reader on a pty',
  recoverFromBackup: 'open-station.test.ts: a station in recovery',
} satisfies Partial<Record<MethodName, string>>;

describe('every handler answers exactly what its response schema says', () => {
  const answered: Answered = new Set();
  const c = { ids: {} } as Ctx;
  beforeAll(() => {
    c.dir = mkdtempSync(join(tmpdir(), 'station-'));
    c.s = checkedAnswers(createStation({ dbPath: join(c.dir, 'station.db'), pinCost: TEST_PIN_COST }), answered);
  });
  afterAll(async () => { await c.s.close(); rmSync(c.dir, { recursive: true, force: true }); });

  it('covers the whole contract', () => {
    expect(new Set([...Object.keys(STEPS), ...Object.keys(ELSEWHERE)])).toEqual(new Set(methodNames));
  });

  it('in a station\'s life, from setup to a restore and sign-out', async () => {
    for (const [method, step] of Object.entries(STEPS)) await step(c).catch((err: Error) => { throw new Error(`${method}: ${err.message}`); });
    expect(methodNames.filter((m) => !answered.has(m) && !(m in ELSEWHERE))).toEqual([]);
  });
});
