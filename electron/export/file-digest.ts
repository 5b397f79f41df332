import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

export interface WrittenFile { path: string; bytes: number; sha256: string }

async function digestFile(path: string): Promise<WrittenFile> {
  const hash = createHash('sha256');
  // 1 MiB reads: a 70 MB bundle read back in 64 KiB pieces spends its time on the pieces.
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return { path, bytes: (await stat(path)).size, sha256: hash.digest('hex') };
}

/** SHA-256 and size of each written file; a folder (a bundle) is listed file by file. */
export async function digestWritten(paths: string[]): Promise<WrittenFile[]> {
  const out: WrittenFile[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      for (const name of (await readdir(path)).sort()) out.push({ ...(await digestFile(join(path, name))), path: join(path, name) });
    } else {
      out.push(await digestFile(path));
    }
  }
  return out;
}

export const fileLabel = (file: WrittenFile) => `${basename(file.path)} ${file.sha256}`;
