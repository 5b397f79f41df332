import { backtrackingRisk } from './regex-risk.ts';
import { emptyCounters, type FrameParser, type ParseEvent, type ParserCounters, type Result } from './types.ts';

/**
 * Line-based thermometers: one reading per line (`36.5`, `T=36.6C`, `Body: 97.9F`, `  1.5`).
 * The value is taken with a configurable pattern; a line the device marks as an error
 * (`Err.1`) is never read as a value even though it holds a digit.
 */
export interface AsciiOptions {
  /** Regex source. The value is the named group `value` or group 1; the unit is `unit` or group 2. */
  pattern: string;
  /** Unit for lines that do not say. */
  defaultUnit: 'C' | 'F';
  /** Regex source for lines that are device errors. */
  errorPattern: string;
  /** Longer lines are line noise and are dropped. */
  maxLineLength: number;
}

export const ASCII_DEFAULTS: AsciiOptions = {
  // A number, then optionally a degree sign in any encoding, then C or F not followed by a letter.
  pattern: String.raw`(?<value>[-+]?\d+(?:\.\d+)?)\s*[^\w\s]{0,3}\s*(?<unit>[CF])?(?![A-Z])`,
  defaultUnit: 'C',
  errorPattern: String.raw`\berr(?:or)?\b|\bfail|^\s*(?:lo|hi|-{2,})\s*$`,
  maxLineLength: 120,
};

const LF = 0x0a;
const CR = 0x0d;

export function fahrenheitToCelsius(f: number): number {
  return Math.round(((f - 32) * 5 / 9) * 100) / 100;
}

function compile(source: string, what: string): Result<RegExp> {
  const risk = backtrackingRisk(source);
  if (risk) return { ok: false, error: `${what} could hang the station: ${risk}` };
  try {
    return { ok: true, value: new RegExp(source, 'i') };
  } catch (e) {
    return { ok: false, error: `${what} is not a valid regular expression: ${(e as Error).message}` };
  }
}

/** Printable ASCII plus the bytes of a degree sign (latin-1 B0/BA, UTF-8 C2 B0); anything else is line noise. */
function printable(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0xb0 || b === 0xba || b === 0xc2;
}

export function createAsciiParser(input: Partial<AsciiOptions> = {}): Result<FrameParser> {
  const o = { ...ASCII_DEFAULTS, ...input };
  const pattern = compile(o.pattern, 'pattern');
  if (!pattern.ok) return pattern;
  const errorPattern = compile(o.errorPattern, 'error pattern');
  if (!errorPattern.ok) return errorPattern;
  const valueRe = pattern.value;
  const errorRe = errorPattern.value;
  if (!Number.isInteger(o.maxLineLength) || o.maxLineLength < 4 || o.maxLineLength > 4096) {
    return { ok: false, error: `maximum line length must be 4–4096, got ${o.maxLineLength}` };
  }
  const counters = emptyCounters();
  let line: number[] = [];
  let overflowed = false;

  function decodeLine(bytes: Uint8Array): ParseEvent | null {
    const text = String.fromCharCode(...bytes);
    if (text.trim() === '') return null;
    if (!bytes.every(printable)) {
      return { kind: 'fault', fault: 'unparsed', detail: 'line holds control or binary bytes', frame: bytes };
    }
    if (errorRe.test(text)) return { kind: 'fault', fault: 'device-error', detail: `device error: ${text.trim()}`, frame: bytes };
    const m = valueRe.exec(text);
    const valueText = m?.groups?.['value'] ?? m?.[1];
    const value = valueText === undefined ? NaN : Number(valueText);
    if (!m || !Number.isFinite(value)) return { kind: 'fault', fault: 'unparsed', detail: `no temperature in line: ${text.trim()}`, frame: bytes };
    const unit = (m.groups?.['unit'] ?? m[2] ?? o.defaultUnit).toUpperCase();
    const celsius = unit === 'F' ? fahrenheitToCelsius(value) : value;
    return { kind: 'reading', celsius, frame: bytes };
  }

  function endLine(events: ParseEvent[]): void {
    const bytes = Uint8Array.from(line);
    line = [];
    if (overflowed) {
      overflowed = false;
      return;
    }
    const event = decodeLine(bytes);
    if (!event) return;
    if (event.kind === 'reading') counters.frames++;
    else counters.droppedFrames++;
    events.push(event);
  }

  function push(chunk: Uint8Array): ParseEvent[] {
    const events: ParseEvent[] = [];
    counters.bytes += chunk.length;
    for (const b of chunk) {
      if (b === LF || b === CR) {
        endLine(events);
      } else if (overflowed) {
        counters.droppedBytes++;
      } else if (line.length >= o.maxLineLength) {
        // No terminator in sight: whatever this is, it is not a reading; skip to the next line end.
        counters.droppedBytes += line.length + 1;
        counters.droppedFrames++;
        events.push({ kind: 'fault', fault: 'unparsed', detail: `line longer than ${o.maxLineLength} bytes dropped` });
        line = [];
        overflowed = true;
      } else {
        line.push(b);
      }
    }
    return events;
  }

  return { ok: true, value: { push, counters: (): ParserCounters => ({ ...counters }) } };
}
