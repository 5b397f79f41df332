import { createHash, sign } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Settings } from '../../../shared/api/core.ts';
import type { DateRange } from '../range-events.ts';
import type { StationKey } from '../station-key.ts';
import { ExportError } from '../export-error.ts';
import type { ChainLine } from './event-line.ts';
import { isIsolationKind } from '../../../shared/domain/event.ts';
import { BUNDLE_FORMAT, EVENTS_FILE, MANIFEST_FILE, signedBytes, type Manifest, type ManifestBody } from './manifest.ts';

export interface BundleInput {
  settings: Settings;
  range: DateRange;
  lines: Iterable<ChainLine>;
  key: StationKey;
  createdBy: string;
}

const COUNTED_KINDS = { screening: 'screenings', amendment: 'amendments', purge: 'purges', restore: 'restores' } as const;

/** Writes events.ndjson and the signed manifest.json into the (new, empty) folder `dir`. */
export async function writeBundle(dir: string, input: BundleInput): Promise<Manifest> {
  await mkdir(dir);
  const hash = createHash('sha256');
  const counts: ManifestBody['counts'] = { events: 0, screenings: 0, amendments: 0, purges: 0, restores: 0 };
  const chain: ManifestBody['chain'] = { firstSeq: null, lastSeq: null, firstPrevHash: null, firstHash: null, lastHash: null };
  let bytes = 0;
  // Lines go out, and are hashed and counted, in chunks of about 64 KiB: one write or hash
  // update per line would cost a 100,000-line day dearly.
  function* chunks(): Generator<Buffer> {
    let chunk = '';
    const flush = () => {
      const buffer = Buffer.from(chunk);
      hash.update(buffer);
      bytes += buffer.length;
      chunk = '';
      return buffer;
    };
    for (const { seq, follows, kind, prevHash, hash: eventHash, line } of input.lines) {
      // Never sign a run that does not link: the station's own chain must hold to be vouched for.
      if (chain.lastSeq !== null && (follows !== chain.lastSeq || prevHash !== chain.lastHash)) {
        throw new ExportError('io', `the record chain is broken at seq ${seq}: nothing was signed (run checkpoint-station verify --db)`);
      }
      counts.events += 1;
      // Kinds without a count of their own (transfers, incidents…) are in `events` only.
      const counted = COUNTED_KINDS[kind as keyof typeof COUNTED_KINDS];
      if (counted) counts[counted] = (counts[counted] ?? 0) + 1;
      else if (isIsolationKind(kind)) counts.isolation = (counts.isolation ?? 0) + 1;
      if (chain.firstSeq === null) Object.assign(chain, { firstSeq: seq, firstPrevHash: prevHash, firstHash: eventHash });
      chain.lastSeq = seq;
      chain.lastHash = eventHash;
      chunk += line;
      if (chunk.length >= 65_536) yield flush();
    }
    if (chunk) yield flush();
  }
  await pipeline(Readable.from(chunks()), createWriteStream(join(dir, EVENTS_FILE), { flags: 'wx', highWaterMark: 1 << 20 }));
  const { settings, range, key } = input;
  const body: ManifestBody = {
    format: BUNDLE_FORMAT,
    station: { code: settings.stationCode, name: settings.stationName, township: settings.township, village: settings.village },
    range: { from: range.from, to: range.to },
    reportSettings: {
      localRegionPrefixes: settings.localRegionPrefixes,
      localPlatePrefixes: settings.localPlatePrefixes,
      feverThresholdCelsius: settings.feverThresholdCelsius,
      timezone: settings.timezone,
    },
    createdAt: new Date().toISOString(),
    createdBy: input.createdBy,
    counts,
    chain,
    files: [{ name: EVENTS_FILE, bytes, sha256: hash.digest('hex') }],
    publicKey: key.publicKeyBase64,
    keyFingerprint: key.fingerprint,
  };
  const manifest: Manifest = { ...body, signature: sign(null, signedBytes(body), key.privateKey).toString('base64') };
  await writeFile(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n', { flag: 'wx' });
  return manifest;
}
