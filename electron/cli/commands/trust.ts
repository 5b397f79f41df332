import { resolve } from 'node:path';
import { normalFingerprint } from '../../export/bundle/verify-bundle.ts';
import { ExportError } from '../../export/export-error.ts';
import { addTrustedStation, readTrustList, trustFileIn } from '../../export/trust-list.ts';
import { defaultDataDir } from '../data-dir.ts';
import { type CommandRun, parseOptions, UsageError } from '../command.ts';

export const run: CommandRun = async (args, io) => {
  const { values, positionals } = parseOptions(args, { file: { type: 'string' } }, true);
  const file = resolve(values.file ?? trustFileIn(defaultDataDir()));
  const [action, code, fingerprint, ...rest] = positionals;
  try {
    if (action === 'list' && code === undefined) {
      for (const [station, key] of readTrustList(file)) io.stdout.write(`${station}\t${key}\n`);
      return 0;
    }
    if (action !== 'add' || !code?.trim() || fingerprint === undefined || rest.length) throw new UsageError('trust needs: add STATION_CODE FINGERPRINT, or list');
    const key = normalFingerprint(fingerprint);
    if (!key) throw new UsageError('the fingerprint must be the full 64 characters printed on the 日报 (spaces allowed)');
    const done = addTrustedStation(file, code.trim(), key);
    io.stdout.write(`${done === 'added' ? 'trusted' : 'already trusted'}: ${code.trim()} ${key} (${file})\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof ExportError)) throw err;
    io.stderr.write(`checkpoint-station trust: ${err.message}\n`);
    return 1;
  }
};
