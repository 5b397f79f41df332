import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Manifest, signedBytes } from '../../../../electron/export/bundle/manifest.ts';
import { verifyBundle } from '../../../../electron/export/bundle/verify-bundle.ts';
import { exportReport } from '../../../../electron/export/export-report.ts';
import { runCli } from '../../../support/run-cli.ts';
import { ensureStationKey, groupedFingerprint, keyFingerprint } from '../../../../electron/export/station-key.ts';
import { appendEvent, iterateEvents, rowToEvent } from '../../../../electron/store/event-log.ts';
import { lineOfEvent, lineOfRow } from '../../../../electron/export/bundle/event-line.ts';
import { bundleRows } from '../../../../electron/export/range-events.ts';
import { fillReportDay } from '../../../support/report-day.ts';
import { ReportStore } from '../../../support/report-store.ts';

let store: ReportStore;
let bundle: string;

async function exportBundle(from = '2026-02-01', to = '2026-02-01'): Promise<string> {
  const out = join(store.dir, `out-${from}-${to}`);
  mkdirSync(out);
  const { files } = await exportReport(store.db, { reads: store.reads, range: { from, to }, format: 'bundle', outDir: out, fullId: false, by: { staffId: 1, name: '李主任' } });
  return join(out, files[0]!.path.split('/').slice(-2, -1)[0]!);
}

const eventsPath = () => join(bundle, 'events.ndjson');
const lines = () => readFileSync(eventsPath(), 'utf8').split('\n').filter(Boolean);
const writeLines = (l: string[]) => writeFileSync(eventsPath(), l.map((x) => x + '\n').join(''));

beforeEach(async () => {
  store = new ReportStore();
  fillReportDay(store);
  bundle = await exportBundle();
});
afterEach(() => store.close());

describe('signed bundle', () => {
  it('holds the day as an unbroken run of the chain, with a signed manifest', async () => {
    const check = await verifyBundle(bundle);
    if (!check.ok) throw new Error(check.problem);
    const stored = [...iterateEvents(store.db, { fromDate: '2026-02-01', toDate: '2026-02-01' })];
    expect(check.events).toEqual(stored);
    expect(check.manifest).toMatchObject({
      station: { code: 'GX-001', name: '东村路口卡点' }, range: { from: '2026-02-01', to: '2026-02-01' },
      counts: { events: 4, screenings: 4, amendments: 0, purges: 0 },
      chain: { firstSeq: 2, lastSeq: 5, firstPrevHash: stored[0]!.prevHash, lastHash: stored[3]!.hash },
      keyFingerprint: ensureStationKey(store.db).fingerprint,
      createdBy: '李主任',
    });
  });

  it('writes each stored row byte-equal to the canonical JSON of its event', async () => {
    appendEvent(store.db, {
      kind: 'purge', payload: { olderThanDays: 30, keptFrom: '2026-01-01', purged: 0, chainStart: { seq: 0, prevHash: '0'.repeat(64) } }, stationCode: 'GX-001',
      timeZone: 'Asia/Shanghai', staff: { staffId: 1, name: '李主任', shiftId: null }, at: new Date('2026-02-02T08:00:00Z'),
    });
    const rows = [...bundleRows(store.db, { from: '2026-01-31', to: '2026-02-02' })];
    expect(rows.map((r) => r.kind)).toEqual(['screening', 'screening', 'screening', 'screening', 'screening', 'screening', 'amendment', 'purge']);
    for (const row of rows) expect(lineOfRow(row)).toEqual(lineOfEvent(rowToEvent(row)));
  });

  it('is never signed over a chain that does not link (a station refuses to vouch for a broken log)', async () => {
    store.db.exec("DROP TRIGGER events_no_update; UPDATE events SET prev_hash = '" + 'f'.repeat(64) + "' WHERE seq = 3");
    await expect(exportBundle('2026-01-31', '2026-02-01')).rejects.toThrow(/the record chain is broken at seq 3: nothing was signed/);
  });

  it('is marked unmasked in the audit log', async () => {
    const row = store.db.prepare("SELECT detail FROM audit WHERE action = 'report.export'").get() as { detail: string };
    expect(JSON.parse(row.detail)).toMatchObject({ format: 'bundle', masked: false });
  });

  it('checks against the whole fingerprint printed on the paper, never a part of it', async () => {
    const { fingerprint } = ensureStationKey(store.db);
    expect((await verifyBundle(bundle, { expectedFingerprint: groupedFingerprint(fingerprint) })).ok).toBe(true);
    expect(await verifyBundle(bundle, { expectedFingerprint: '0'.repeat(64) })).toMatchObject({ ok: false, problem: expect.stringContaining('not by the expected key') });
    for (const part of [fingerprint.slice(0, 4), fingerprint.slice(0, 63), ' ', '']) {
      expect(await verifyBundle(bundle, { expectedFingerprint: part })).toMatchObject({ ok: false, problem: expect.stringContaining('full 64-character fingerprint') });
    }
  });

  it('verify --key refuses a prefix or a blank key as a usage error (attack 3)', async () => {
    const { fingerprint } = ensureStationKey(store.db);
    for (const key of [fingerprint.slice(0, 4), ' ', '']) {
      expect(await runCli(['verify', bundle, '--key', key])).toMatchObject({ code: 2, stderr: expect.stringContaining('full 64-character') });
    }
    expect(await runCli(['verify', bundle, '--key', groupedFingerprint(fingerprint)])).toMatchObject({ code: 0, stdout: expect.stringContaining('(as expected)') });
  }, 60_000);

  it('refuses a duplicate key in the manifest, though JSON.parse would keep the genuine last one', async () => {
    const path = join(bundle, 'manifest.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('{\n  "format"', '{\n  "counts": {"events": 99},\n  "format"'));
    expect(await verifyBundle(bundle)).toMatchObject({ ok: false, problem: expect.stringContaining('not exactly as the station wrote it') });
  });

  it('refuses a file in the folder that the signed manifest does not list', async () => {
    writeFileSync(join(bundle, 'notes.txt'), '2 fever referrals removed');
    expect(await verifyBundle(bundle)).toMatchObject({ ok: false, problem: 'the bundle folder holds files the signed manifest does not list: notes.txt' });
  });

  it('an empty range still makes a verifiable bundle', async () => {
    const empty = await exportBundle('2026-03-01', '2026-03-01');
    expect(await verifyBundle(empty)).toMatchObject({ ok: true, events: [] });
  });

  it.each([
    ['a changed byte', () => { const l = lines(); l[2] = l[2]!.replace('粤A12345', '粤A12346'); writeLines(l); }, /line 3 \(seq 4\): record changed/],
    ['a removed line', () => { const l = lines(); l.splice(1, 1); writeLines(l); }, /line 2: record seq 3 expected here/],
    ['a removed first line', () => writeLines(lines().slice(1)), /line 1 \(seq 3\): not the first record/],
    ['a removed last line', () => writeLines(lines().slice(0, -1)), /records removed or added at the end/],
    ['a swapped pair of lines', () => { const l = lines(); [l[1], l[2]] = [l[2]!, l[1]!]; writeLines(l); }, /line 2: record seq 3 expected here/],
    ['a duplicated line', () => { const l = lines(); l.splice(2, 0, l[1]!); writeLines(l); }, /line 3: record seq 4 expected here/],
    ['an added trailing space', () => writeFileSync(eventsPath(), readFileSync(eventsPath(), 'utf8').replace(/\n$/, ' \n')), /differs from its signed hash/],
    ['an emptied events file', () => writeFileSync(eventsPath(), ''), /empty but the manifest lists records/],
    ['a deleted events file', () => rmSync(eventsPath()), /events.ndjson is missing or unreadable/],
    ['a deleted manifest', () => rmSync(join(bundle, 'manifest.json')), /manifest.json is missing/],
  ])('catches %s', async (_name, tamper, problem) => {
    tamper();
    const check = await verifyBundle(bundle);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(problem);
  });

  it.each([
    ['a changed count', (m: Record<string, unknown>) => ({ ...m, counts: { ...(m.counts as object), events: 3 } }), /signature does not match/],
    ['an added key', (m: Record<string, unknown>) => ({ ...m, note: 'x' }), /not a bundle manifest \(\(root\): Unrecognized key: "note"\)/],
    ['an added nested key', (m: Record<string, unknown>) => ({ ...m, chain: { ...(m.chain as object), note: 'x' } }), /not a bundle manifest \(chain: Unrecognized key: "note"\)/],
    ['a replaced key (not re-signed)', (m: Record<string, unknown>) => {
      const spki = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' });
      return { ...m, publicKey: spki.toString('base64'), keyFingerprint: keyFingerprint(spki) };
    }, /signature does not match/],
    ['a replaced key with only the key swapped', (m: Record<string, unknown>) => ({ ...m, publicKey: generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64') }), /does not match its fingerprint/],
  ])('catches %s in the manifest', async (_name, change, problem) => {
    const path = join(bundle, 'manifest.json');
    writeFileSync(path, JSON.stringify(change(JSON.parse(readFileSync(path, 'utf8')))));
    const check = await verifyBundle(bundle);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(problem);
  });

  it('a bundle re-signed with another key passes only without the printed fingerprint', async () => {
    const path = join(bundle, 'manifest.json');
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    const { signature: _old, ...body } = Manifest.parse(JSON.parse(readFileSync(path, 'utf8')));
    const forged = { ...body, publicKey: spki.toString('base64'), keyFingerprint: keyFingerprint(spki) };
    writeFileSync(path, JSON.stringify({ ...forged, signature: sign(null, signedBytes(forged), privateKey).toString('base64') }, null, 2) + '\n');
    expect((await verifyBundle(bundle)).ok).toBe(true);
    const check = await verifyBundle(bundle, { expectedFingerprint: ensureStationKey(store.db).fingerprint });
    expect(check).toMatchObject({ ok: false, problem: expect.stringContaining('not by the expected key') });
  });
});
