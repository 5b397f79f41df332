/**
 * Tagged results of the scan/typing decoders. Every decoder returns one of these and never
 * throws: `errors` make a value invalid, `warnings` only inform. Both hold short codes that
 * the UI translates (renderer/i18n ... `decode` namespace) and the CLI prints as they are.
 */

export type Sex = 'male' | 'female';
export type CodeColour = 'green' | 'yellow' | 'red';

interface ResultBase {
  valid: boolean;
  /** The normalised value (upper case, no separators); the raw text for unknown payloads. */
  value: string;
  errors: string[];
  warnings: string[];
}

export interface CnIdResult extends ResultBase {
  kind: 'cn-id';
  /** YYYY-MM-DD, present when the birth-date digits form a real calendar date. */
  birthDate?: string;
  sex?: Sex;
  regionCode?: string;
  /** Full name of `regionCode` (province, prefecture, county), current or historical. */
  regionName?: string;
  local: boolean;
}

export interface PlateResult extends ResultBase {
  kind: 'plate';
  /** The province abbreviation the plate starts with (京, 桂, ...), when it starts with one. */
  province?: string;
  newEnergy: boolean;
  local: boolean;
}

export interface HealthCodeResult extends ResultBase {
  kind: 'health-code';
  /** Scanned text exactly as scanned: what the record keeps. */
  raw: string;
  /** Where the fields came from; `opaque` payloads (tokens, EU DCC) carry none we can read. */
  format: 'json' | 'url' | 'pairs' | 'eu-dcc';
  colour?: CodeColour;
  name?: string;
  idNumber?: string;
}

export interface UnknownResult extends ResultBase {
  kind: 'unknown';
}

export type DecodeResult = CnIdResult | PlateResult | HealthCodeResult | UnknownResult;
export type DecodeKind = DecodeResult['kind'];

/** Which keys of a JSON object / URL query / key=value payload carry which field. */
export interface HealthCodeFieldMap {
  colour: string[];
  name: string[];
  idNumber: string[];
  /** Values (lower-cased) meaning each colour, besides the English colour names themselves. */
  colourValues: Record<CodeColour, string[]>;
}

export interface DecodeOptions {
  /** The station's local date, YYYY-MM-DD: birth dates after it are rejected. */
  today: string;
  /** 2-, 4- or 6-digit GB/T 2260 prefixes counted as local (e.g. '45', '4501'). */
  localRegionPrefixes?: readonly string[];
  /** Plate prefixes counted as local (e.g. '桂', '桂B'). */
  localPlatePrefixes?: readonly string[];
  healthCodeFields?: HealthCodeFieldMap;
  /** URL hosts (exact or parent domain) whose links are health-code pages even without fields. */
  healthCodeHosts?: readonly string[];
}
