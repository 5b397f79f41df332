import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogCounts, LogFilter } from '../../../../shared/api/core.ts';
import { normalisePlate } from '../../../../shared/decode/plate.ts';
import { ScreeningPayload } from '../../../../shared/domain/event.ts';
import type { Decision, Direction } from '../../../../shared/domain/screening.ts';
import { openDatabase } from '../../../../electron/store/database.ts';
import { appendEvent, screeningCount } from '../../../../electron/store/event-log.ts';
import { countScreenings, listScreenings } from '../../../../electron/store/event-query.ts';
import { migrate, readMigrations } from '../../../../electron/store/migrate.ts';
import { checkDerivedTables } from '../../../../electron/store/derived-check.ts';
import { purgeBefore } from '../../../../electron/store/retention.ts';
import { person, vehicle } from '../../../support/hand-built-events.ts';

let db: Database;
beforeEach(() => { db = openDatabase(':memory:'); addStaffRow(db); });
afterEach(() => { db.close(); });

function addStaffRow(d: Database) {
  d.prepare("INSERT INTO staff (id, name, role, pin_hash, created_at) VALUES (1, '王芳', 'supervisor', 'x', '2026-11-01T00:00:00Z')").run();
}

const DAY1 = new Date('2026-11-01T02:00:00Z'); // 10:00 at the station (UTC+8)
const DAY2 = new Date('2026-11-02T02:00:00Z');

interface Spec { decision?: Decision; direction?: Direction; name?: string; phone?: string; plate?: string }
const payloadOf = (s: Spec) => ScreeningPayload.parse({
  screening: s.plate
    ? { kind: 'vehicle', direction: s.direction ?? 'in', vehicle: vehicle({ plate: s.plate, occupants: [person({ name: s.name ?? '张三' })] }) }
    : { kind: 'person', direction: s.direction ?? 'in', person: person({ name: s.name ?? '张三', ...(s.phone ? { phone: s.phone } : {}) }) },
  verdict: { decision: s.decision ?? 'allow', reasons: [] },
});
const ctx = (at: Date) => ({ stationCode: 'GX-001', timeZone: 'Asia/Shanghai', staff: { staffId: 1, name: '王芳', shiftId: null }, at });
function record(s: Spec, at = DAY1, d = db) {
  return appendEvent(d, { ...ctx(at), kind: 'screening', payload: payloadOf(s) });
}
function correct(targetId: string, s: Spec, at = DAY1, d = db) {
  return appendEvent(d, { ...ctx(at), kind: 'amendment', payload: { targetId, payload: payloadOf(s), reason: '录入错误' } });
}
/** Every page of a query, newest first. */
function allPages(filter: LogFilter, limit = 2) {
  const seen = [];
  let beforeSeq: number | undefined;
  do {
    const page = listScreenings(db, { ...filter, limit, ...(beforeSeq ? { beforeSeq } : {}) });
    seen.push(...page.events);
    beforeSeq = page.nextBeforeSeq ?? undefined;
  } while (beforeSeq !== undefined);
  return seen;
}
const seqsOf = (filter: LogFilter) => allPages(filter).map((e) => e.seq);

describe('the log query (one implementation for the list, its pages and its counts)', () => {
  let ids: Record<string, { seq: number; id: string }>;
  beforeEach(() => {
    ids = {
      walker: record({ name: '王五', phone: '13900000001' }),
      leaver: record({ name: '赵六', direction: 'out' }),
      car: record({ plate: '湘A·12345', decision: 'turn-away' }),
      fixed: record({ name: '李四' }),
      nextDay: record({ name: '钱七' }, DAY2),
    };
    correct(ids.fixed!.id, { name: '李思', decision: 'refer', phone: '13911112222' });
  });

  it.each([
    ['kind: vehicles', { kind: 'vehicle' }, ['car']],
    ['kind: persons', { kind: 'person' }, ['fixed', 'leaver', 'walker']],
    ['decision in force: a correction to refer', { decision: 'refer' }, ['fixed']],
    ['decision in force: the corrected record is no longer let in', { decision: 'allow' }, ['leaver', 'walker']],
    ['direction', { direction: 'out' }, ['leaver']],
    ['a plate typed loosely (case, spaces, no dot)', { text: '湘a 123' }, ['car']],
    ['a plate typed with its dot', { text: '湘A·12345' }, ['car']],
    ['a name', { text: '赵' }, ['leaver']],
    ['a corrected name: its new value', { text: '李思' }, ['fixed']],
    ['a corrected name: not its old value', { text: '李四' }, []],
    ['a corrected phone', { text: '1391111' }, ['fixed']],
    ['an ID number, in full (the list shows it masked)', { text: '450203199001011234' }, ['car', 'fixed', 'leaver', 'walker']],
    ['an occupant of a vehicle', { text: '张三', kind: 'vehicle' }, ['car']],
    ['nothing', { text: '不存在' }, []],
    ['only spaces: no text filter', { text: '   ' }, ['car', 'fixed', 'leaver', 'walker']],
    ['all at once', { kind: 'person', direction: 'in', decision: 'allow' }, ['walker']],
  ] as const)('filters by %s', (_what, filter, expected) => {
    const byName = (seq: number) => Object.entries(ids).find(([, e]) => e.seq === seq)![0];
    expect(seqsOf({ date: '2026-11-01', ...filter }).map(byName).sort()).toEqual([...expected].sort());
  });

  it('lists one day, newest first, and pages without repeating or skipping a record', () => {
    expect(seqsOf({ date: '2026-11-01' })).toEqual([ids.fixed!.seq, ids.car!.seq, ids.leaver!.seq, ids.walker!.seq]);
    expect(seqsOf({ date: '2026-11-02' })).toEqual([ids.nextDay!.seq]);
  });

  it('attaches each record\'s corrections, oldest first, and keeps a page\'s place when records are added', () => {
    const second = correct(ids.fixed!.id, { name: '李思思', decision: 'refer' });
    const first = listScreenings(db, { date: '2026-11-01', limit: 2 });
    expect(first.events[0]!.amendments.map((a) => a.seq)).toEqual([second.seq - 1, second.seq]);
    expect(first.events[1]!.amendments).toEqual([]);
    record({ name: '新来的' });
    const next = listScreenings(db, { date: '2026-11-01', limit: 2, beforeSeq: first.nextBeforeSeq! });
    expect(next.events.map((e) => e.seq)).toEqual([ids.leaver!.seq, ids.walker!.seq]);
  });

  it('reads a page\'s corrections in one query, however many records it holds', () => {
    for (let i = 0; i < 30; i++) correct(record({ name: `甲${i}` }, DAY2).id, { name: `乙${i}` }, DAY2);
    const prepared: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => { prepared.push(sql); return prepare(sql); }) as typeof db.prepare;
    const page = listScreenings(db, { date: '2026-11-02', limit: 40 });
    expect(page.events.filter((e) => e.amendments.length > 0)).toHaveLength(30);
    expect(prepared).toHaveLength(2);
  });

  it('counts by the version in force: in and out only what was let through, turned away and referred apart', () => {
    expect(countScreenings(db, { date: '2026-11-01' })).toEqual({ in: 1, out: 1, turnedAway: 1, referred: 1, total: 4 });
    expect(countScreenings(db, { date: '2026-11-01', kind: 'person' })).toEqual({ in: 1, out: 1, turnedAway: 0, referred: 1, total: 3 });
    expect(countScreenings(db, {})).toMatchObject({ in: 2, total: 5 });
  });

  it('keeps the per-day counter the status line reads', () => {
    expect([screeningCount(db, '2026-11-01'), screeningCount(db, '2026-11-02'), screeningCount(db)]).toEqual([4, 1, 5]);
    expect(screeningCount(db, '2026-10-31')).toBe(0);
  });
});

describe('a retention purge', () => {
  it('takes the purged records out of the counter and out of the index (their names with them)', () => {
    record({ name: '孙一' });
    record({ name: '孙二' }, DAY2);
    purgeBefore(db, '2026-11-02', 1, ctx(DAY2));
    expect([screeningCount(db, '2026-11-01'), screeningCount(db)]).toEqual([0, 1]);
    expect(db.prepare("SELECT COUNT(*) AS n FROM log_in_force WHERE search_text LIKE '%孙一%'").get()).toEqual({ n: 0 });
    expect(seqsOf({})).toHaveLength(1);
  });
});

describe('the log index', () => {
  it('is built from the records (and their corrections) of a station kept before it existed', () => {
    const before = new (db.constructor as new (p: string) => Database)(':memory:');
    before.pragma('foreign_keys = ON');
    migrate(before, readMigrations().filter((m) => m.id < 70));
    addStaffRow(before);
    const a = record({ name: '周八' }, DAY1, before);
    record({ plate: '桂B·54321', direction: 'out' }, DAY2, before);
    correct(a.id, { name: '吴九', decision: 'turn-away' }, DAY1, before);
    migrate(before);
    db.close();
    db = before;
    expect(seqsOf({ text: '吴九', decision: 'turn-away' })).toEqual([a.seq]);
    expect(seqsOf({ text: '周八' })).toEqual([]);
    expect(countScreenings(db, {})).toEqual({ in: 0, out: 1, turnedAway: 1, referred: 0, total: 2 });
    expect(screeningCount(db, '2026-11-01')).toBe(1);
    expect(checkDerivedTables(db)).toBeNull(); // what the triggers would have kept
  });

  it('matches text as normalisePlate does: the SQL key of any words is the words normalised', () => {
    const chars = fc.constantFrom('A', 'b', '1', '桂', ' ', '·', '•', '・', '.', '\u2027', '\uFF0E', '-', '\u3000', 'x');
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 12 }), (text) => {
      const { key } = db.prepare(`SELECT upper(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        ?, ' ', ''), char(12288), ''), char(183), ''), char(8226), ''), char(12539), ''), '.', ''), char(8231), ''), char(65294), ''), '-', '')) AS key`)
        .get(text) as { key: string };
      expect(key).toBe(normalisePlate(text));
    }));
  });
});

describe('filters and counts agree with an independent reading of every record in force', () => {
  const spec = fc.record({
    decision: fc.constantFrom<Decision>('allow', 'turn-away', 'refer'),
    direction: fc.constantFrom<Direction>('in', 'out'),
    name: fc.constantFrom('张三', '李四', '王 五'),
    plate: fc.option(fc.constantFrom('湘A·12345', '桂B54321'), { nil: undefined }),
  });
  const filter = fc.record({
    kind: fc.option(fc.constantFrom('person' as const, 'vehicle' as const), { nil: undefined }),
    decision: fc.option(fc.constantFrom<Decision>('allow', 'turn-away', 'refer'), { nil: undefined }),
    direction: fc.option(fc.constantFrom<Direction>('in', 'out'), { nil: undefined }),
    text: fc.option(fc.constantFrom('张', '王五', '李四', '湘a12', '54321', '1234'), { nil: undefined }),
  });

  it('for random logs with corrections and random filters', () => {
    fc.assert(fc.property(fc.array(fc.tuple(spec, fc.option(spec, { nil: undefined })), { minLength: 1, maxLength: 12 }), filter, (log, f) => {
      db.close();
      db = openDatabase(':memory:');
      addStaffRow(db);
      const inForce = new Map<number, Spec>();
      for (const [first, fix] of log) {
        const e = record(first);
        inForce.set(e.seq, first);
        // A correction keeps the kind (a person stays a person).
        if (fix) { const kept = { ...fix, plate: first.plate ? (fix.plate ?? first.plate) : undefined }; correct(e.id, kept); inForce.set(e.seq, kept); }
      }
      const squash = (s: string) => normalisePlate(s);
      const expected = [...inForce].filter(([, s]) => (!f.kind || (s.plate ? 'vehicle' : 'person') === f.kind)
        && (!f.decision || (s.decision ?? 'allow') === f.decision) && (!f.direction || (s.direction ?? 'in') === f.direction)
        && (!f.text || [s.name ?? '张三', '450203199001011234', '13812345678', s.plate ?? ''].some((w) => squash(w).includes(squash(f.text!)))))
        .map(([seq]) => seq).sort((a, b) => b - a);
      expect(seqsOf(f)).toEqual(expected);
      const counts: LogCounts = { in: 0, out: 0, turnedAway: 0, referred: 0, total: expected.length };
      for (const seq of expected) {
        const s = inForce.get(seq)!;
        if (s.decision === 'allow') counts[s.direction!]++;
        else if (s.decision === 'turn-away') counts.turnedAway++;
        else counts.referred++;
      }
      expect(countScreenings(db, f)).toEqual(counts);
    }), { numRuns: 60 });
  });
});
