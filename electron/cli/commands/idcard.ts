import { READER_BAUD_RATES } from '../../../shared/idcard/commands.ts';
import type { IdCard } from '../../../shared/idcard/card.ts';
import { IdCardService } from '../../idcard/idcard-service.ts';
import { type CommandRun, parseIntOption, parseOptions, UsageError } from '../command.ts';

/** The line printed per card: the fields in a fixed order, no photo (the station never has one). */
function cardLine(card: IdCard): string {
  const { cardType, name, englishName, sex, nation, nationality, birthDate, address, idNumber, issuer, passNumber, issueCount, validFrom, validTo } = card;
  return JSON.stringify({ cardType, name, englishName, sex, nation, nationality, birthDate, address, idNumber, issuer, passNumber, issueCount, validFrom, validTo });
}

/**
 * Reads ID cards from a SAM reader on a serial port and prints one JSON line per card laid on
 * it (a card left on the reader prints once). States and faults (bad checksums, failed reads)
 * go to stderr, never a card's content. Exits 0 after --count cards or on Ctrl-C; 1 when the
 * port cannot be opened or the security module reports a fault.
 */
export const run: CommandRun = async (args, io) => {
  const { values } = parseOptions(args, { port: { type: 'string' }, baud: { type: 'string' }, count: { type: 'string' } });
  if (!values.port) throw new UsageError('--port is required');
  const baudRate = parseIntOption(values.baud, 'baud', 1, 4_000_000) ?? 115200;
  if (!(READER_BAUD_RATES as readonly number[]).includes(baudRate)) throw new UsageError(`--baud must be one of ${READER_BAUD_RATES.join(', ')}`);
  const count = parseIntOption(values.count, 'count', 1, 1_000_000_000) ?? Infinity;
  let printed = 0;
  let everReady = false;
  let finish: (code: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => { finish = resolve; });

  const service = new IdCardService({
    onCard(card) {
      if (printed >= count) return;
      io.stdout.write(`${cardLine(card)}\n`);
      if (++printed >= count) finish(0);
    },
    onStatus(s) {
      io.stderr.write(`idcard: ${s.state}${s.detail ? ` (${s.detail})` : ''}\n`);
      if (s.state === 'receiving') everReady = true;
      // A wrong path, or a reader whose module refuses to work, fails at once; a reader lost later is waited for.
      if (s.state === 'error' && !everReady) {
        io.stderr.write(`checkpoint-station idcard: ${s.detail}\n`);
        finish(1);
      }
    },
    onLog(e) {
      if (e.kind === 'fault') io.stderr.write(`idcard: ${e.text}\n`);
    },
  });
  io.onStop(() => finish(0));
  await service.connect({ mode: 'serial', path: values.port, baudRate });
  const code = await finished;
  await service.disconnect();
  return code;
};
