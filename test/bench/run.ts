// `npm run bench`: every figure the issues ask for, in one table, with its goal beside it.
import { cpus, totalmem } from 'node:os';
import type { BenchRow } from './bench-row.ts';
import { benchStore } from './store.ts';
import { benchLog } from './log.ts';
import { benchHardening } from './hardening.ts';
import { benchDecode } from './decode.ts';
import { benchIdCard } from './idcard.ts';
import { benchReport } from './report.ts';
import { benchScreening } from './screening.ts';
import { benchStart } from './start.ts';
import { benchThermometer } from './thermometer.ts';
import { benchThermometerDuringExport } from './thermometer-export.ts';

const suites: [string, () => Promise<BenchRow[]>][] = [
  ['start', benchStart],
  ['store', benchStore],
  ['log', benchLog],
  ['hardening', benchHardening],
  ['decode', benchDecode],
  ['report', benchReport],
  ['screening', benchScreening],
  ['thermometer', benchThermometer],
  ['thermometer-export', benchThermometerDuringExport],
  ['idcard', benchIdCard],
];

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, run] of suites) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`running ${name}…\n`);
  rows.push(...await run());
}

const fmt = (v: number) => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)) : 'n/a');
const lines = [
  '| measure | value | goal |',
  '| --- | ---: | --- |',
  ...rows.map((r) => `| ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.goal || '—'} |`),
];
process.stdout.write(`${lines.join('\n')}\n\nMachine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}; ${new Date().toISOString().slice(0, 10)}\n`);
