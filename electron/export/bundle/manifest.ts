import { z } from 'zod';
import { canonicalJson } from '../../../shared/domain/canonical-json.ts';
import { IsoDate } from '../../../shared/domain/iso-date.ts';

export const BUNDLE_FORMAT = 'checkpoint-station-bundle/1';
export const EVENTS_FILE = 'events.ndjson';
export const MANIFEST_FILE = 'manifest.json';

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const Count = z.number().int().min(0);

/** What the station signs: everything in manifest.json but the signature itself. */
export const ManifestBody = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  station: z.strictObject({ code: z.string(), name: z.string(), township: z.string(), village: z.string() }),
  range: z.strictObject({ from: IsoDate, to: IsoDate }),
  /** What the station judged "outside" and "fever" by, so a merged report counts as the station did. */
  reportSettings: z.strictObject({
    localRegionPrefixes: z.array(z.string()),
    localPlatePrefixes: z.array(z.string()),
    feverThresholdCelsius: z.number(),
    timezone: z.string(),
  }),
  createdAt: z.string(),
  createdBy: z.string(),
  counts: z.strictObject({
    events: Count, screenings: Count, amendments: Count, purges: Count,
    /** Absent from bundles written before restores were events. */
    restores: Count.optional(),
    /** Home-isolation events (arrivals, follow-up readings, fevers, releases); absent when none, as in bundles made before them. */
    isolation: Count.optional(),
  }),
  /** The slice of the station's hash chain the bundle holds; nulls for a range without events. */
  chain: z.strictObject({
    firstSeq: z.number().int().positive().nullable(),
    lastSeq: z.number().int().positive().nullable(),
    /** The hash the first event links to (the station's record just before the range). */
    firstPrevHash: z.string().nullable(),
    firstHash: z.string().nullable(),
    lastHash: z.string().nullable(),
  }),
  files: z.array(z.strictObject({ name: z.string().regex(/^[\w.-]+$/), bytes: Count, sha256: Sha256Hex })).min(1),
  /** The station's Ed25519 public key, SPKI DER in base64, and its SHA-256 fingerprint. */
  publicKey: z.string().min(1),
  keyFingerprint: Sha256Hex,
});
export type ManifestBody = z.infer<typeof ManifestBody>;

export const Manifest = ManifestBody.extend({
  /** Ed25519 signature of the canonical JSON of the body, base64. */
  signature: z.string().min(1),
});
export type Manifest = z.infer<typeof Manifest>;

/**
 * The exact bytes signed and checked: canonical JSON of the manifest as written, without its
 * signature. Verification uses the raw parsed JSON, so even an added key breaks the signature.
 */
export function signedBytes(manifest: Record<string, unknown>): Buffer {
  const body = Object.fromEntries(Object.entries(manifest).filter(([key]) => key !== 'signature'));
  return Buffer.from(canonicalJson(body), 'utf8');
}
