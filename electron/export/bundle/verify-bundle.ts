import { createHash, createPublicKey, verify } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { StationEvent } from '../../../shared/domain/event.ts';
import { firstIssueText } from '../../../shared/api/zod-issues.ts';
import { findChainProblem, type ChainProblem } from '../../store/hash-chain.ts';
import { keyFingerprint } from '../station-key.ts';
import { EVENTS_FILE, Manifest, MANIFEST_FILE, signedBytes } from './manifest.ts';

export type BundleCheck =
  | { ok: true; manifest: Manifest; events: StationEvent[] }
  | { ok: false; problem: string };

/** What a chain problem means to someone holding the file, naming the line. */
function chainWords(line: number, { seq, problem }: ChainProblem): string {
  if (problem === 'missing') return `${EVENTS_FILE} line ${line}: record seq ${seq} expected here (a line removed, added, repeated or moved)`;
  const what = problem === 'hash-mismatch' ? 'record changed (its hash does not match)' : 'does not link to the record before it';
  return `${EVENTS_FILE} line ${line} (seq ${seq}): ${what}`;
}

async function readManifest(dir: string): Promise<{ manifest: Manifest; raw: Record<string, unknown>; text: string } | string> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return `${MANIFEST_FILE} is missing or unreadable in ${dir}`;
  }
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return `${MANIFEST_FILE} is not valid JSON`; }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) return `${MANIFEST_FILE} is not a bundle manifest (${firstIssueText(parsed.error)})`;
  return { manifest: parsed.data, raw: raw as Record<string, unknown>, text };
}

function signatureProblem(manifest: Manifest, raw: Record<string, unknown>, expectedFingerprint?: string): string | null {
  const spki = Buffer.from(manifest.publicKey, 'base64');
  if (keyFingerprint(spki) !== manifest.keyFingerprint) return 'the public key does not match its fingerprint (key replaced)';
  let valid = false;
  try {
    valid = verify(null, signedBytes(raw), createPublicKey({ key: spki, format: 'der', type: 'spki' }), Buffer.from(manifest.signature, 'base64'));
  } catch { /* an unreadable key is an invalid signature */ }
  if (!valid) return 'the signature does not match the manifest (manifest changed or key replaced)';
  if (expectedFingerprint === undefined) return null;
  const expected = normalFingerprint(expectedFingerprint);
  if (!expected) return 'the expected key must be the full 64-character fingerprint printed on the 日报';
  if (manifest.keyFingerprint !== expected) return `signed by key ${manifest.keyFingerprint}, not by the expected key ${expected}`;
  return null;
}

/** A fingerprint as typed from paper (groups, any case) in its stored form, or null if it is not a whole one. */
export function normalFingerprint(text: string): string | null {
  const hex = text.replace(/\s/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

/**
 * The manifest must be byte for byte the form the station writes: JSON.parse silently keeps
 * the last of two equal keys, so a duplicate (or any hand edit) is caught here, not trusted.
 */
function manifestFormProblem(text: string, raw: Record<string, unknown>): string | null {
  return text === JSON.stringify(raw, null, 2) + '\n' ? null : `${MANIFEST_FILE} is not exactly as the station wrote it (a duplicate or reordered key, or edited by hand)`;
}

/** Only the manifest and the files it lists and signs may be in the folder. */
async function extraFileProblem(dir: string, manifest: Manifest): Promise<string | null> {
  const allowed = new Set([MANIFEST_FILE, ...manifest.files.map((f) => f.name)]);
  const extra = (await readdir(dir)).filter((name) => !allowed.has(name)).sort();
  return extra.length ? `the bundle folder holds files the signed manifest does not list: ${extra.join(', ')}` : null;
}

/** Reads events.ndjson line by line, hashing the bytes and checking each line's shape. */
async function readEvents(dir: string): Promise<{ events: StationEvent[]; sha256: string; bytes: number } | string> {
  const hash = createHash('sha256');
  let bytes = 0;
  const events: StationEvent[] = [];
  const stream = createReadStream(join(dir, EVENTS_FILE));
  stream.on('data', (chunk) => { hash.update(chunk); bytes += chunk.length; });
  try {
    let line = 0;
    for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
      line += 1;
      let json: unknown;
      try { json = JSON.parse(text); } catch { return `${EVENTS_FILE} line ${line}: not a JSON record (changed or cut)`; }
      // The kind's schema judges the line (as it judged the payload when the station wrote it);
      // the line itself is kept as written, since its hash covers exactly those bytes.
      const event = StationEvent.safeParse(json);
      if (!event.success) return `${EVENTS_FILE} line ${line}: not a valid station record (${firstIssueText(event.error)})`;
      events.push(json as StationEvent);
    }
  } catch {
    return `${EVENTS_FILE} is missing or unreadable`;
  } finally {
    stream.destroy();
  }
  return { events, sha256: hash.digest('hex'), bytes };
}

/** Where the chain breaks, by line; null when every link holds. */
function chainProblem(events: StationEvent[], manifest: Manifest): string | null {
  const { chain } = manifest;
  if (events.length === 0) return chain.firstSeq === null ? null : `${EVENTS_FILE} is empty but the manifest lists records`;
  const first = events[0]!;
  if (first.seq !== chain.firstSeq || first.prevHash !== chain.firstPrevHash) return `${EVENTS_FILE} line 1 (seq ${first.seq}): not the first record the manifest names (seq ${chain.firstSeq})`;
  // findChainProblem stops at the bad event, which is the last one this generator handed out.
  let line = 0;
  const numbered = function* () { for (const event of events) { line += 1; yield event; } };
  const problem = findChainProblem(numbered(), { prevHash: first.prevHash, seq: first.seq - 1 });
  if (problem) return chainWords(line, problem);
  const last = events[events.length - 1]!;
  if (last.hash !== chain.lastHash || events.length !== manifest.counts.events) return `${EVENTS_FILE} ends at seq ${last.seq}, the manifest at seq ${chain.lastSeq}: records removed or added at the end`;
  return null;
}

/**
 * Checks a bundle folder with nothing but its own contents: the manifest's signature and key,
 * each file's SHA-256 and size, and the hash chain line by line. Returns the first problem.
 */
export async function verifyBundle(dir: string, options: { expectedFingerprint?: string } = {}): Promise<BundleCheck> {
  const read = await readManifest(dir);
  if (typeof read === 'string') return { ok: false, problem: read };
  const { manifest, raw, text } = read;
  const signature = signatureProblem(manifest, raw, options.expectedFingerprint) ?? manifestFormProblem(text, raw) ?? await extraFileProblem(dir, manifest);
  if (signature) return { ok: false, problem: signature };
  const listed = manifest.files.find((f) => f.name === EVENTS_FILE);
  if (!listed) return { ok: false, problem: `the manifest does not list ${EVENTS_FILE}` };
  const content = await readEvents(dir);
  const fileChanged = typeof content !== 'string' && (content.sha256 !== listed.sha256 || content.bytes !== listed.bytes);
  // The chain names the line; the file hash catches what the chain cannot (e.g. whitespace).
  const problem = typeof content === 'string' ? content : chainProblem(content.events, manifest);
  if (problem) return { ok: false, problem: fileChanged ? `${problem}; ${EVENTS_FILE} differs from its signed hash` : problem };
  if (fileChanged) return { ok: false, problem: `${EVENTS_FILE} differs from its signed hash (SHA-256 or size)` };
  return { ok: true, manifest, events: (content as { events: StationEvent[] }).events };
}
