/**
 * Health-code payloads. Chinese health codes can only be checked online by the issuing
 * service, so this never says a code is valid in that sense: it keeps the raw text and reads
 * what the payload itself carries (colour, name, ID number) from JSON, a URL query or
 * key=value pairs, through a configurable field map. Every result warns `unverified`.
 */
import { decodeCnId } from './cn-id.ts';
import { DEFAULT_HEALTH_CODE_FIELDS } from './health-code-fields.ts';
import type { CodeColour, HealthCodeFieldMap, HealthCodeResult } from './types.ts';

export { DEFAULT_HEALTH_CODE_FIELDS };

export interface HealthCodeOptions {
  today: string;
  healthCodeFields?: HealthCodeFieldMap;
  healthCodeHosts?: readonly string[];
}

type Fields = Map<string, string>;
const MAX_JSON_DEPTH = 6;

/** Keys compare without case, `_` or `-`, so id_number, idNumber and ID-NUMBER all match. */
const keyOf = (key: string) => key.toLowerCase().replace(/[_-]/g, '');

function collectJson(node: unknown, into: Fields, depth: number): void {
  if (depth > MAX_JSON_DEPTH || node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string' || typeof value === 'number') {
      if (!into.has(keyOf(key))) into.set(keyOf(key), String(value).trim());
    } else {
      collectJson(value, into, depth + 1);
    }
  }
}

function parseJson(text: string): Fields | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const fields: Fields = new Map();
    collectJson(JSON.parse(text), fields, 0);
    return fields;
  } catch {
    return undefined;
  }
}

function collectPairs(text: string, into: Fields): void {
  for (const part of text.split(/[&;|\n]/)) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = keyOf(safeDecodeComponent(part.slice(0, eq)).trim());
    if (!into.has(key)) into.set(key, safeDecodeComponent(part.slice(eq + 1)).trim());
  }
}

function safeDecodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function parseUrl(text: string): { fields: Fields; host: string } | undefined {
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const fields: Fields = new Map();
  collectPairs(url.search.slice(1), fields);
  // Single-page apps put their query after the hash: https://host/#/code?color=green
  const hashQuery = url.hash.indexOf('?');
  if (hashQuery >= 0) collectPairs(url.hash.slice(hashQuery + 1), fields);
  return { fields, host: url.hostname.toLowerCase() };
}

function parsePairs(text: string): Fields | undefined {
  if (!/^[^=\s&;|]+=/.test(text)) return undefined;
  const fields: Fields = new Map();
  collectPairs(text, fields);
  return fields;
}

function pick(fields: Fields, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = fields.get(keyOf(key));
    if (value) return value;
  }
  return undefined;
}

function colourOf(value: string, map: HealthCodeFieldMap): CodeColour | undefined {
  const v = value.toLowerCase();
  return (Object.keys(map.colourValues) as CodeColour[]).find((c) => c === v || map.colourValues[c].some((alias) => alias.toLowerCase() === v));
}

const hostMatches = (host: string, hosts: readonly string[]) =>
  hosts.some((h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`));

/** A health-code result for `text`, or undefined when it is not recognisably one. */
export function decodeHealthCode(text: string, options: HealthCodeOptions): HealthCodeResult | undefined {
  const trimmed = text.trim();
  const base = { kind: 'health-code' as const, valid: true, value: trimmed, raw: text, errors: [], warnings: ['unverified'] };
  // EU Digital COVID Certificate: signed CBOR, readable offline only with the issuers' keys.
  if (trimmed.startsWith('HC1:')) return { ...base, format: 'eu-dcc' };

  const url = parseUrl(trimmed);
  const json = url ? undefined : parseJson(trimmed);
  const pairs = url || json ? undefined : parsePairs(trimmed);
  const fields = url?.fields ?? json ?? pairs;
  if (fields === undefined) return undefined;

  const map = options.healthCodeFields ?? DEFAULT_HEALTH_CODE_FIELDS;
  const colourText = pick(fields, map.colour);
  const name = pick(fields, map.name);
  const idNumber = pick(fields, map.idNumber);
  const knownHost = url !== undefined && hostMatches(url.host, options.healthCodeHosts ?? []);
  if (colourText === undefined && name === undefined && idNumber === undefined && !knownHost) return undefined;

  const result: HealthCodeResult = { ...base, warnings: [...base.warnings], format: url ? 'url' : json ? 'json' : 'pairs' };
  if (name !== undefined) result.name = name;
  if (colourText === undefined) {
    result.warnings.push('colour-missing');
  } else {
    const colour = colourOf(colourText, map);
    if (colour === undefined) result.warnings.push('colour-unrecognised');
    else result.colour = colour;
  }
  if (idNumber !== undefined) {
    const id = decodeCnId(idNumber, { today: options.today });
    result.idNumber = id.value;
    if (!id.valid) result.warnings.push('id-number-invalid');
  }
  return result;
}
