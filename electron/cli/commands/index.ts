import type { Command } from '../command.ts';
import { decode } from './decode.ts';
import { demo } from './demo.ts';
import { exportCommand } from './export.ts';
import { idcard } from './idcard.ts';
import { merge } from './merge.ts';
import { report } from './report.ts';
import { serve } from './serve.ts';
import { thermometer } from './thermometer.ts';
import { trust } from './trust.ts';
import { verify } from './verify.ts';

/** Every CLI command, one line each; `--help` lists them in this order. */
export const commands: Command[] = [
  serve,
  verify,
  report,
  exportCommand,
  merge,
  trust,
  demo,
  decode,
  thermometer,
  idcard,
];
