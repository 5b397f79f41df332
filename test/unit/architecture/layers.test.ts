import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]!);
const offenders = (dir: string, bad: (spec: string) => boolean) =>
  sourceFiles(join(repo, dir)).flatMap((f) => importsOf(f).filter(bad).map((spec) => `${relative(repo, f)} imports ${spec}`));

describe('the house rules', () => {
  it('shared/ is pure: no Node, no Electron, no DOM-side packages, nothing from other layers', () => {
    expect(offenders('shared', (s) => s.startsWith('node:') || s === 'electron' || /^(react|react-dom|html5-qrcode|better-sqlite3|serialport)/.test(s)
      || /\.\.\/(electron|renderer)\//.test(s))).toEqual([]);
  });

  it('shared/ uses no browser or Node globals', () => {
    const globals = /\b(window|document|navigator|localStorage|process|Buffer|require)\s*[.(]/;
    const hits = sourceFiles(join(repo, 'shared')).filter((f) => globals.test(readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
    expect(hits.map((f) => relative(repo, f))).toEqual([]);
  });

  it('the renderer never imports electron or Node, nor the station code', () => {
    expect(offenders('renderer', (s) => s === 'electron' || s.startsWith('node:') || /\.\.\/electron\//.test(s))).toEqual([]);
  });

  it('only the Electron entry files import electron', () => {
    const importers = sourceFiles(join(repo, 'electron')).filter((f) => importsOf(f).includes('electron')).map((f) => relative(repo, f)).sort();
    expect(importers).toEqual(['electron/main.ts', 'electron/preload.ts']);
  });
});
