import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ExportError } from './export-error.ts';

/**
 * The stations a township trusts, each pinned to one signing key: a bundle counts only when its
 * station is on the list with exactly the key that signed it. A station joins the list once,
 * after someone compared its key fingerprint with the one printed on its paper 日报.
 */
const TrustFile = z.strictObject({ stations: z.record(z.string().min(1), z.string().regex(/^[0-9a-f]{64}$/)) });
export type TrustList = ReadonlyMap<string, string>;

export const TRUST_FILE_NAME = 'trusted-stations.json';

export function trustFileIn(dataDir: string): string {
  return join(dataDir, TRUST_FILE_NAME);
}

/** The pinned stations; an absent file is an empty list, a damaged one an error. */
export function readTrustList(path: string): TrustList {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return new Map();
    throw new ExportError('io', `the trust list ${path} cannot be read: ${(err as Error).message}`);
  }
  let parsed;
  try { parsed = TrustFile.safeParse(JSON.parse(text)); } catch { parsed = null; }
  if (!parsed?.success) throw new ExportError('io', `the trust list ${path} is damaged: nothing is trusted until it is fixed`);
  return new Map(Object.entries(parsed.data.stations));
}

/**
 * Pins a station to a key. A station already pinned to another key is refused: a changed key
 * is exactly what a forger would bring, so it must be removed by hand, knowingly.
 */
export function addTrustedStation(path: string, code: string, fingerprint: string): 'added' | 'already' {
  const list = new Map(readTrustList(path));
  const pinned = list.get(code);
  if (pinned === fingerprint) return 'already';
  if (pinned) throw new ExportError('io', `station ${code} is already trusted with key ${pinned}; a changed key is not taken over silently (edit ${path} by hand if the station truly has a new key)`);
  list.set(code, fingerprint);
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.partial`;
  writeFileSync(temp, JSON.stringify({ stations: Object.fromEntries([...list].sort()) }, null, 2) + '\n', { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
  return 'added';
}

/** Why a verified bundle's signer may not count, or null when its station is pinned to that key. */
export function untrustedProblem(trust: TrustList, code: string, fingerprint: string, bundle: string): string | null {
  const pinned = trust.get(code);
  if (!pinned) {
    return `station ${code} (bundle ${bundle}) is not on the trust list: compare its key fingerprint ${fingerprint} with the one printed on its paper 日报, then run: checkpoint-station trust add ${code} ${fingerprint}`;
  }
  if (pinned !== fingerprint) return `bundle ${bundle} claims station ${code} but is signed by key ${fingerprint}, not by its trusted key ${pinned}`;
  return null;
}
