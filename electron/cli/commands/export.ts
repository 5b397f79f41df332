import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseDateRange } from '../../export/date-range.ts';
import { ExportError } from '../../export/export-error.ts';
import type { ExportFormat } from '../../../shared/api/report.ts';
import { EXPORT_FORMATS, exportReport } from '../../export/export-report.ts';
import { openDatabase } from '../../store/database.ts';
import { ReadWorkers } from '../../reads/read-workers.ts';
import { defaultDbPath } from '../data-dir.ts';
import { type CommandRun, parseOptions, UsageError } from '../command.ts';

const isFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

export const run: CommandRun = async (args, io) => {
  const { values } = parseOptions(args, {
    db: { type: 'string' }, date: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' },
    out: { type: 'string' }, 'full-id': { type: 'boolean', default: false },
  });
  const range = parseDateRange(values.date, values.to);
  if (typeof range === 'string') throw new UsageError(`--date/--to: ${range}`);
  if (!values.format || !isFormat(values.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (!values.out) throw new UsageError('export needs --out DIR (the folder, e.g. the USB stick)');
  const path = resolve(values.db ?? defaultDbPath());
  if (!existsSync(path)) throw new UsageError(`no database at ${path}`);
  const db = openDatabase(path);
  const reads = new ReadWorkers({ dbPath: path });
  try {
    const result = await exportReport(db, {
      range, format: values.format, outDir: resolve(values.out), fullId: values['full-id'],
      by: { staffId: null, name: `cli:${userInfo().username}` }, reads,
    });
    for (const file of result.files) io.stdout.write(`${file.path}\t${file.bytes} bytes\tsha256 ${file.sha256}\n`);
    io.stdout.write(`${result.format}: ${result.files.length} file(s), ${result.masked ? 'ID numbers and phones masked' : 'FULL ID numbers and phones'}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof ExportError)) throw err;
    io.stderr.write(`checkpoint-station export: ${err.message}\n`);
    return 1;
  } finally {
    await reads.close();
    db.close();
  }
};
