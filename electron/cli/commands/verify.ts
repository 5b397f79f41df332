import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalFingerprint, verifyBundle } from '../../export/bundle/verify-bundle.ts';
import { groupedFingerprint } from '../../export/station-key.ts';
import { openDatabase } from '../../store/database.ts';
import { verifyStoredChain, type Anchor } from '../../store/chain-check.ts';
import { lastCheckpoint } from '../../store/checkpoints.ts';
import { checkDerivedTables } from '../../store/derived-check.ts';
import { restoreNote, storedRestores } from '../../store/restore-notes.ts';
import type { RestoreEvent } from '../../../shared/domain/event.ts';
import { type CommandRun, parseOptions, UsageError, type Writer } from '../command.ts';

/** A checkpoint as printed on a paper 日报: `SEQ:HASH` (the hash in full, spaces allowed). */
function paperAnchor(text: string): Anchor {
  const m = /^\s*(\d+)\s*:\s*([0-9a-f\s]+)$/i.exec(text);
  const hash = m?.[2]!.replace(/\s/g, '').toLowerCase();
  if (!m || !hash || !/^[0-9a-f]{64}$/.test(hash)) throw new UsageError('--checkpoint must be SEQ:HASH, the full 64-character head hash printed on the 日报');
  return { seq: Number(m[1]), headHash: hash, label: `the checkpoint given on the command line (seq ${m[1]})` };
}

function verifyDatabase(path: string, paper: Anchor[], out: Writer): number {
  if (!existsSync(path)) throw new UsageError(`no database at ${path}`);
  const db = openDatabase(path, { readonly: true });
  try {
    const problem = verifyStoredChain(db, paper);
    if (problem) {
      out.write(`BROKEN: seq ${problem.seq}: ${problem.problem}: ${problem.detail}\n`);
      return 1;
    }
    // Only a chain that holds can vouch for the tables the log screen reads.
    const derived = checkDerivedTables(db);
    if (derived) {
      out.write(`BROKEN: ${derived.table}: ${derived.at}: ${derived.detail}\n`);
      return 1;
    }
    const n = (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
    const last = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'checkpoints'").get() ? lastCheckpoint(db) : null;
    out.write(`OK: ${n} events, hash chain intact` + (last ? `, last signed checkpoint seq ${last.seq} (${last.reason}, ${last.at})` : '')
      + (paper.length ? `, matches the ${paper.length} checkpoint(s) given` : '') + '; the log table and day counters match it\n' + notes(storedRestores(db)));
    return 0;
  } finally {
    db.close();
  }
}

/** A line per restore: a gap in the numbers is explained, never silent. */
function notes(restores: RestoreEvent[]): string {
  return restores.map((r) => `NOTE: ${restoreNote(r)}\n`).join('');
}

/** A police bundle folder, checked with nothing but its own contents. */
async function verifyBundleFolder(path: string, expectedKey: string | undefined, out: Writer): Promise<number> {
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new UsageError(`no bundle folder at ${path}`);
  const check = await verifyBundle(path, expectedKey ? { expectedFingerprint: expectedKey } : {});
  if (!check.ok) {
    out.write(`BROKEN: ${check.problem}\n`);
    return 1;
  }
  const { station, range, counts, chain, keyFingerprint, files } = check.manifest;
  const days = range.from === range.to ? range.from : `${range.from} to ${range.to}`;
  out.write([
    `OK: bundle intact: ${station.name} (${station.code}), ${days}, ${counts.events} records (${counts.screenings} screenings, ${counts.amendments} corrections${counts.isolation ? `, ${counts.isolation} home-isolation` : ''})` +
      (chain.firstSeq === null ? '' : `, seq ${chain.firstSeq}-${chain.lastSeq}`),
    `station key fingerprint: ${groupedFingerprint(keyFingerprint)}${expectedKey ? ' (as expected)' : ' (compare with the one printed on the 日报)'}`,
    ...files.map((f) => `${f.name} SHA-256: ${f.sha256}`),
  ].join('\n') + '\n' + notes(check.events.filter((e): e is RestoreEvent => e.kind === 'restore')));
  return 0;
}

export const run: CommandRun = async (args, io) => {
  const { values, positionals } = parseOptions(args, { db: { type: 'string' }, key: { type: 'string' }, checkpoint: { type: 'string', multiple: true } }, true);
  if (values.db !== undefined && positionals.length === 0) return verifyDatabase(resolve(values.db), (values.checkpoint ?? []).map(paperAnchor), io.stdout);
  if (values.db === undefined && positionals.length === 1) {
    const key = values.key === undefined ? undefined : normalFingerprint(values.key);
    if (key === null) throw new UsageError('--key takes the full 64-character key fingerprint printed on the 日报 (spaces allowed), never a part of it');
    return verifyBundleFolder(resolve(positionals[0]!), key, io.stdout);
  }
  throw new UsageError('verify needs either --db PATH or one bundle folder');
};
