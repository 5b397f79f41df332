import type { Command } from '../command.ts';

/**
 * Every CLI command, one entry each; `--help` lists them in this order. Only the name, summary
 * and usage live here: a command's module (and what it imports: the store, exceljs, the region
 * tables, serialport) loads when that command runs.
 */
export const commands: Command[] = [
  {
    name: 'serve',
    summary: 'run the station and its UI on http://127.0.0.1 (local web bridge)',
    usage: 'serve [--db PATH] [--port N]',
    load: async () => (await import('./serve.ts')).run,
  },
  {
    name: 'verify',
    summary: "check a station database's hash chain, or a police bundle folder (exit 1 naming the first problem)",
    usage: 'verify --db PATH [--checkpoint SEQ:HASH]... | verify BUNDLE_FOLDER [--key FINGERPRINT]',
    load: async () => (await import('./verify.ts')).run,
  },
  {
    name: 'report',
    summary: "print a day's (or range's) 日报 as JSON: figures (each defined in the README), zeroReport, turn-back reasons, hourly, staff",
    usage: 'report [--db PATH] --date YYYY-MM-DD [--to YYYY-MM-DD]',
    load: async () => (await import('./report.ts')).run,
  },
  {
    name: 'export',
    summary: 'write the 日报 of a day or range into a folder: csv | xlsx | pdf | bundle (signed, for the police)',
    usage: 'export [--db PATH] --date YYYY-MM-DD [--to YYYY-MM-DD] --format csv|xlsx|pdf|bundle --out DIR [--full-id]',
    load: async () => (await import('./export.ts')).run,
  },
  {
    name: 'isolation',
    summary: 'write the health-centre report (卫生院: readings, fevers, who has not reported) or the arrivals register (登记造册) of a date: pdf | xlsx',
    usage: 'isolation [--db PATH] --date YYYY-MM-DD [--sheet health-centre|register] --format pdf|xlsx --out DIR',
    load: async () => (await import('./isolation.ts')).run,
  },
  {
    name: 'merge',
    summary: 'verify police bundles and merge them by record id into one XLSX and PDF (total and per station)',
    usage: 'merge --out DIR [--trust FILE] BUNDLE_FOLDER...',
    load: async () => (await import('./merge.ts')).run,
  },
  {
    name: 'trust',
    summary: "pin a station's signing key for merge (after comparing it with the fingerprint on its paper 日报), or list the pinned ones",
    usage: 'trust add STATION_CODE FINGERPRINT [--file PATH] | trust list [--file PATH]',
    load: async () => (await import('./trust.ts')).run,
  },
  {
    name: 'demo',
    summary: 'fill a database with realistic, deterministic demo screenings (training, screenshots, benchmarks)',
    usage: 'demo --db PATH --from YYYY-MM-DD --days N --per-day N [--seed N]',
    load: async () => (await import('./demo.ts')).run,
  },
  {
    name: 'decode',
    summary: 'decode ID numbers, plates and health-code payloads as the scanners do (one JSON line per TEXT)',
    usage: 'decode [--local-region PREFIX]... [--local-plate PREFIX]... TEXT...',
    load: async () => (await import('./decode.ts')).run,
  },
  {
    name: 'thermometer',
    summary: 'read a serial IR thermometer and print one JSON line per valid reading',
    usage: 'thermometer --port PATH --protocol gy-mcu90614|modbus|ascii|virtual [--baud N] [--count N] [--slave N] [--function 3|4] [--register N] [--scale X] [--interval MS] [--pattern REGEX] [--offset X]',
    load: async () => (await import('./thermometer.ts')).run,
  },
  {
    name: 'idcard',
    summary: 'read resident ID cards from a SAM serial reader and print one JSON line per card',
    usage: 'idcard --port PATH [--baud 115200|57600|38400|19200|9600] [--count N]',
    load: async () => (await import('./idcard.ts')).run,
  },
];
