import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SUPERVISOR } from '../../../electron/demo/plan.ts';
import { openDatabase } from '../../../electron/store/database.ts';
import { appendEvent } from '../../../electron/store/event-log.ts';
import { SCRYPT_COST } from '../../../electron/store/pin.ts';
import { signIn } from '../../../electron/store/staff-store.ts';
import type { ScreeningPayload } from '../../../shared/domain/event.ts';
import { DailyReport } from '../../../shared/report/daily-report.ts';
import { FIGURE_KEYS } from '../../../shared/report/figures.ts';
import { runCli } from '../../support/run-cli.ts';

/**
 * The supervisor's check on the 日报: every figure `report --date D` prints equals a count made
 * by hand from the day's rows, written here from the definitions alone (no report code).
 * The demo's seed is random on each run and named in the test, so a failure can be replayed.
 */
const SEED = Number(process.env.RECOUNT_SEED ?? Math.floor(Math.random() * 1_000_000));
const FROM = '2026-11-01';
const DAYS = 3;
const LOCAL_ID_PREFIX = '450321'; // the demo station's settings
const LOCAL_PLATE_PREFIX = '桂C';
const FEVER = 37.3;

interface Person { idNumber: string; returnee: boolean; temperature?: { celsius: number }; healthCode?: { colour: string } }
interface Payload {
  screening: { kind: 'person'; direction: string; person: Person } | { kind: 'vehicle'; direction: string; vehicle: { plate: string; occupantCount: number; occupants: Person[] } };
  verdict: { decision: string };
}

/** The day's screenings as they stand after corrections, read straight from the table. */
function dayRecords(dbPath: string, date: string): { payload: Payload; amended: boolean }[] {
  const db = new Sqlite(dbPath, { readonly: true });
  try {
    const rows = db.prepare('SELECT id, kind, local_date, payload FROM events ORDER BY seq').all() as { id: string; kind: string; local_date: string; payload: string }[];
    const rootOf = new Map<string, string>();
    const current = new Map<string, { payload: Payload; amended: boolean; date: string }>();
    for (const row of rows) {
      const body = JSON.parse(row.payload);
      if (row.kind === 'screening') {
        rootOf.set(row.id, row.id);
        current.set(row.id, { payload: body, amended: false, date: row.local_date });
      } else if (row.kind === 'amendment') {
        const root = rootOf.get(body.targetId);
        if (!root) continue;
        rootOf.set(row.id, root);
        current.set(root, { payload: body.payload, amended: true, date: current.get(root)!.date });
      }
    }
    return [...current.values()].filter((r) => r.date === date);
  } finally {
    db.close();
  }
}

function recount(records: { payload: Payload; amended: boolean }[]): Record<string, number> {
  const n: Record<string, number> = Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0]));
  for (const { payload, amended } of records) {
    const s = payload.screening;
    const decision = payload.verdict.decision;
    const listed = s.kind === 'person' ? [s.person] : s.vehicle.occupants;
    const heads = s.kind === 'person' ? 1 : Math.max(s.vehicle.occupantCount, s.vehicle.occupants.length);
    const fever = (p: Person) => p.temperature !== undefined && p.temperature.celsius >= FEVER;
    const local = (p: Person) => /^\d{6}/.test(p.idNumber) && p.idNumber.startsWith(LOCAL_ID_PREFIX);
    const outside = (p: Person) => /^\d{6}/.test(p.idNumber) && !p.idNumber.startsWith(LOCAL_ID_PREFIX);
    n.records! += 1;
    if (amended) n.amended! += 1;
    for (const p of listed) {
      if (fever(p)) n.feverReadings! += 1;
      if (p.healthCode?.colour === 'green') n.greenCodes! += 1;
      if (p.healthCode?.colour === 'yellow') n.yellowCodes! += 1;
      if (p.healthCode?.colour === 'red') n.redCodes! += 1;
      if (p.healthCode?.colour === 'none') n.noCodes! += 1;
    }
    if (decision === 'allow' && s.direction === 'in') {
      n.peopleEntered! += heads;
      n.outsidersEntered! += listed.filter(outside).length;
      n.returneesEntered! += listed.filter((p) => p.returnee).length;
      if (s.kind === 'vehicle') {
        n.vehiclesEntered! += 1;
        if (!s.vehicle.plate.replace(/[\s·]/g, '').toUpperCase().startsWith(LOCAL_PLATE_PREFIX)) n.outsideVehiclesEntered! += 1;
      }
    }
    if (decision === 'allow' && s.direction === 'out') {
      n.peopleLeft! += heads;
      n.localsLeft! += listed.filter(local).length;
      if (s.kind === 'vehicle') n.vehiclesLeft! += 1;
    }
    if (decision === 'turn-away') {
      n.peopleTurnedBack! += heads;
      if (s.kind === 'vehicle') n.vehiclesTurnedBack! += 1;
      else n.pedestriansTurnedBack! += 1;
    }
    if (decision === 'refer') {
      n.peopleReferred! += heads;
      n.feverReferred! += listed.filter(fever).length;
      n.codeReferred! += listed.filter((p) => !fever(p) && (p.healthCode?.colour === 'yellow' || p.healthCode?.colour === 'red')).length;
    }
  }
  return n;
}

/** The day's transfer figures, from the transfer rows: opened that day, handed over that day. */
function transferRecount(dbPath: string, date: string): { transfersOpened: number; transfersHandedOver: number; listed: number } {
  const db = new Sqlite(dbPath, { readonly: true });
  try {
    const rows = db.prepare("SELECT id, local_date, payload FROM events WHERE kind = 'transfer' ORDER BY seq").all() as { id: string; local_date: string; payload: string }[];
    const steps = rows.map((r) => ({ ...r, body: JSON.parse(r.payload) as { step: string; outcome?: string; transferId?: string } }));
    const closedOn = new Map(steps.filter((r) => r.body.step === 'closed').map((r) => [r.body.transferId!, r.local_date]));
    const opened = steps.filter((r) => r.body.step === 'opened');
    return {
      transfersOpened: opened.filter((r) => r.local_date === date).length,
      transfersHandedOver: steps.filter((r) => r.body.step === 'closed' && r.body.outcome === 'handed-over' && r.local_date === date).length,
      // Listed: opened that day, or before it and not closed before it.
      listed: opened.filter((r) => r.local_date === date || (r.local_date < date && !((closedOn.get(r.id) ?? '9999') < date))).length,
    };
  } finally {
    db.close();
  }
}

/**
 * The isolation figures of a day, from the isolation rows alone: arrivals registered that day;
 * people whose arrival date is on or before the day, whose 14 days (plus extensions) have
 * started and who have no release recorded on or before it; releases that day; follow-up
 * fever events for readings of that day.
 */
function recountIsolation(dbPath: string, date: string): Record<string, number> {
  const db = new Sqlite(dbPath, { readonly: true });
  try {
    const rows = db.prepare("SELECT id, kind, local_date, payload FROM events WHERE kind IN ('arrival', 'isolation-end', 'isolation-fever') AND local_date <= ? ORDER BY seq").all(date) as { id: string; kind: string; local_date: string; payload: string }[];
    const arrivals = new Map<string, { on: string; arrivalDate: string; releasedOn: string | null }>();
    const n = { arrivalsRegistered: 0, underIsolation: 0, isolationReleased: 0, isolationFevers: 0 };
    for (const row of rows) {
      const body = JSON.parse(row.payload);
      if (row.kind === 'arrival') arrivals.set(row.id, { on: row.local_date, arrivalDate: body.arrivalDate, releasedOn: null });
      else if (row.kind === 'isolation-end' && body.outcome === 'release' && arrivals.has(body.arrivalId)) arrivals.get(body.arrivalId)!.releasedOn = row.local_date;
      else if (row.kind === 'isolation-fever' && body.date === date && arrivals.has(body.arrivalId)) n.isolationFevers += 1;
    }
    for (const a of arrivals.values()) {
      if (a.on === date) n.arrivalsRegistered += 1;
      if (a.releasedOn === date) n.isolationReleased += 1;
      if (a.arrivalDate <= date && (a.releasedOn === null || a.releasedOn > date)) n.underIsolation += 1;
    }
    return n;
  } finally {
    db.close();
  }
}

/** Corrections that change what a record counts as: a turn-back let in, a walker turned back. */
function amendDecisions(dbPath: string): void {
  const db = openDatabase(dbPath);
  try {
    const rows = db.prepare("SELECT id, payload, local_date FROM events WHERE kind = 'screening' ORDER BY seq").all() as { id: string; payload: string; local_date: string }[];
    const at = new Date(Date.parse(`${FROM}T00:00:00Z`) + (DAYS + 1) * 86_400_000);
    const { staff } = signIn(db, DEMO_SUPERVISOR.name, DEMO_SUPERVISOR.pin, SCRYPT_COST, at);
    const who = { staffId: staff.staffId, name: staff.name, shiftId: staff.shiftId };
    rows.filter((_, i) => i % 37 === 5).forEach((row, i) => {
      const payload = JSON.parse(row.payload) as Payload & Record<string, unknown>;
      const decision = ['allow', 'turn-away', 'refer'][i % 3]!;
      const fixed = { ...payload, verdict: { decision, reasons: [] }, overrideReason: '负责人更正处置' };
      appendEvent(db, { kind: 'amendment', payload: { targetId: row.id, payload: fixed as unknown as ScreeningPayload, reason: '处置录错' }, stationCode: 'DEMO-01', timeZone: 'Asia/Shanghai', staff: who, at: new Date(at.getTime() + i * 1000) });
    });
  } finally {
    db.close();
  }
}

let dir: string;
let dbPath: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'recount-'));
  dbPath = join(dir, 'station.db');
  const made = await runCli(['demo', '--db', dbPath, '--from', FROM, '--days', String(DAYS), '--per-day', '400', '--seed', String(SEED)]);
  if (made.code !== 0) throw new Error(made.stderr);
  amendDecisions(dbPath);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`report --date prints figures equal to a recount by hand (demo seed ${SEED})`, { timeout: 120_000 }, () => {
  it.each(Array.from({ length: DAYS }, (_, i) => `2026-11-0${i + 1}`))('%s', async (date) => {
    const r = await runCli(['report', '--db', dbPath, '--date', date]);
    expect(r.stderr).toBe('');
    const report = DailyReport.parse(JSON.parse(r.stdout));
    expect(Object.keys(report.figures).sort()).toEqual([...FIGURE_KEYS].sort());
    const records = dayRecords(dbPath, date);
    expect(records.length).toBeGreaterThan(300);
    const { listed, ...transferFigures } = transferRecount(dbPath, date);
    expect(report.figures).toEqual({ ...recount(records), ...transferFigures, ...recountIsolation(dbPath, date) });
    expect(report.transfers).toHaveLength(listed);
  });

  // The demo days together hold every kind of line, so no figure matched above is trivially
  // zero by accident. A single day may lack one (a day without a referral is a real day).
  it('the days together exercise every figure', async () => {
    const totals = new Map<string, number>();
    for (let i = 1; i <= DAYS; i++) {
      const report = DailyReport.parse(JSON.parse((await runCli(['report', '--db', dbPath, '--date', `2026-11-0${i}`])).stdout));
      for (const [key, value] of Object.entries(report.figures)) totals.set(key, (totals.get(key) ?? 0) + Number(value ?? 0));
    }
    for (const key of ['peopleEntered', 'peopleLeft', 'peopleTurnedBack', 'peopleReferred', 'outsidersEntered', 'localsLeft', 'amended', 'transfersOpened', 'arrivalsRegistered', 'underIsolation'] as const) {
      expect(totals.get(key), key).toBeGreaterThan(0);
    }
  });
});
