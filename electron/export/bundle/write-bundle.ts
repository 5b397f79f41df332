import { createHash, sign } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Settings } from '../../../shared/api/core.ts';
import { canonicalJson } from '../../../shared/domain/canonical-json.ts';
import type { StationEvent } from '../../../shared/domain/event.ts';
import type { DateRange } from '../range-events.ts';
import type { StationKey } from '../station-key.ts';
import { BUNDLE_FORMAT, EVENTS_FILE, MANIFEST_FILE, signedBytes, type Manifest, type ManifestBody } from './manifest.ts';

export interface BundleInput {
  settings: Settings;
  range: DateRange;
  events: Iterable<StationEvent>;
  key: StationKey;
  createdBy: string;
}

/** One event per line, canonical JSON: the same records always give the same bytes. */
export function eventLine(event: StationEvent): string {
  return canonicalJson(event) + '\n';
}

/**
 * The SHA-256 of a range's events.ndjson without writing it: the bundle fingerprint printed
 * on the PDF, which a police officer compares with `verify`'s output.
 */
export function eventsFingerprint(events: Iterable<StationEvent>): string {
  const hash = createHash('sha256');
  for (const event of events) hash.update(eventLine(event));
  return hash.digest('hex');
}

/** Writes events.ndjson and the signed manifest.json into the (new, empty) folder `dir`. */
export async function writeBundle(dir: string, input: BundleInput): Promise<Manifest> {
  await mkdir(dir);
  const hash = createHash('sha256');
  const counts = { events: 0, screenings: 0, amendments: 0, purges: 0 };
  const chain: ManifestBody['chain'] = { firstSeq: null, lastSeq: null, firstPrevHash: null, firstHash: null, lastHash: null };
  let bytes = 0;
  function* lines(): Generator<string> {
    for (const event of input.events) {
      const line = eventLine(event);
      hash.update(line);
      bytes += Buffer.byteLength(line);
      counts.events += 1;
      counts[event.kind === 'screening' ? 'screenings' : event.kind === 'amendment' ? 'amendments' : 'purges'] += 1;
      if (chain.firstSeq === null) Object.assign(chain, { firstSeq: event.seq, firstPrevHash: event.prevHash, firstHash: event.hash });
      chain.lastSeq = event.seq;
      chain.lastHash = event.hash;
      yield line;
    }
  }
  await pipeline(Readable.from(lines()), createWriteStream(join(dir, EVENTS_FILE), { flags: 'wx' }));
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
