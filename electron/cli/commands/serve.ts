import { resolve } from 'node:path';
import { startBridge } from '../../bridge/server.ts';
import { openStation } from '../../station/open-station.ts';
import { RENDERER_DIR } from '../../station/paths.ts';
import { ensureUiBuilt } from '../../launcher/ui-build.ts';
import { type CommandRun, parseIntOption, parseOptions, stopped } from '../command.ts';
import { defaultDbPath } from '../data-dir.ts';

export const run: CommandRun = async (args, io) => {
  const { values } = parseOptions(args, { db: { type: 'string' }, port: { type: 'string' } });
  const port = parseIntOption(values.port, 'port', 0, 65535) ?? 0;
  const dbPath = resolve(values.db ?? defaultDbPath());
  const running = await serveStation(dbPath, port, (line) => io.stderr.write(`${line}\n`));
  io.stdout.write(`Checkpoint Station ready: ${running.url}\n`);
  await stopped(io);
  await running.close();
  return 0;
};

/**
 * The station plus its bridge, as `serve` and the browser-kiosk launcher both run it. The UI
 * is built first if this is a fresh clone; a port already taken is a clear error, and the
 * station opened for it is closed again, so the process ends instead of hanging on.
 */
export async function serveStation(dbPath: string, port: number, say: (line: string) => void) {
  await ensureUiBuilt(say);
  const station = await openStation({ dbPath });
  let bridge;
  try {
    bridge = await startBridge({ station, staticDir: RENDERER_DIR, port });
  } catch (err) {
    await station.close();
    if ((err as { code?: string }).code === 'EADDRINUSE') {
      throw new Error(`port ${port} is already in use on 127.0.0.1 (another station or program): stop it, or choose another --port`);
    }
    throw err;
  }
  return {
    url: bridge.url,
    origin: bridge.origin,
    oneTimeUrl: () => bridge.oneTimeUrl(),
    close: async () => { await bridge.close(); await station.close(); },
  };
}
