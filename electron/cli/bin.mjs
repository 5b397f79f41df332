#!/usr/bin/env node
// The `checkpoint-station` command (and `npm run station`): the CLI's bundled JavaScript,
// rebuilt first if a source changed since it was built (see electron/launcher/node-build.mjs).
import { loadBuilt } from '../launcher/node-build.mjs';

// Whatever a command writes (databases, backups, exports, logs) is for this account only.
process.umask(0o077);
const { main } = await loadBuilt('cli', (line) => process.stderr.write(`${line}\n`));
const onStop = (handler) => { process.once('SIGINT', handler); process.once('SIGTERM', handler); };
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, onStop });
