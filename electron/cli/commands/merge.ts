import { resolve } from 'node:path';
import { ExportError } from '../../export/export-error.ts';
import { mergeBundles } from '../../export/merge-bundles.ts';
import { readTrustList, trustFileIn } from '../../export/trust-list.ts';
import { defaultDataDir } from '../data-dir.ts';
import { type CommandRun, parseOptions, UsageError } from '../command.ts';

export const run: CommandRun = async (args, io) => {
  const { values, positionals } = parseOptions(args, { out: { type: 'string' }, trust: { type: 'string' } }, true);
  if (!values.out) throw new UsageError('merge needs --out DIR');
  if (positionals.length === 0) throw new UsageError('merge needs at least one bundle folder');
  try {
    const trust = readTrustList(resolve(values.trust ?? trustFileIn(defaultDataDir())));
    const result = await mergeBundles(positionals, resolve(values.out), trust);
    for (const file of result.files) io.stdout.write(`${file.path}\t${file.bytes} bytes\tsha256 ${file.sha256}\n`);
    io.stdout.write(`merged ${result.events} records of ${result.stations} station(s) from ${positionals.length} bundle(s)\n`);
    for (const note of result.notes) io.stdout.write(`NOTE: ${note}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof ExportError)) throw err;
    io.stderr.write(`checkpoint-station merge: ${err.message}\n`);
    return 1;
  }
};
