import { decode as decodeText, isPlatePrefix, isRegionPrefix, normalisePlate } from '../../../shared/decode/index.ts';
import { localDateAndOffset } from '../../../shared/domain/local-time.ts';
import { type CommandRun, parseOptions, UsageError } from '../command.ts';

/** Decodes each TEXT as the scanner paths do and prints one JSON object per line, in order. */
export const run: CommandRun = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    'local-region': { type: 'string', multiple: true },
    'local-plate': { type: 'string', multiple: true },
  }, true);
  const localRegionPrefixes = values['local-region'] ?? [];
  const localPlatePrefixes = values['local-plate'] ?? [];
  for (const prefix of localRegionPrefixes) {
    if (!isRegionPrefix(prefix)) throw new UsageError(`--local-region takes a 2-, 4- or 6-digit region code prefix, not "${prefix}"`);
  }
  for (const prefix of localPlatePrefixes) {
    if (!isPlatePrefix(prefix)) throw new UsageError(`--local-plate takes a province abbreviation and optional letter such as 桂B, not "${prefix}"`);
  }
  if (positionals.length === 0) throw new UsageError('decode needs at least one TEXT');

  // Birth dates are judged against this computer's calendar day.
  const { localDate } = localDateAndOffset(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  const options = { today: localDate, localRegionPrefixes, localPlatePrefixes: localPlatePrefixes.map(normalisePlate) };
  io.stdout.write(positionals.map((text) => `${JSON.stringify(decodeText(text, options))}\n`).join(''));
  return 0;
};
