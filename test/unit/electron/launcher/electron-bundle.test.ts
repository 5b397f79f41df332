import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleElectron } from '../../../../electron/launcher/electron-bundle.ts';
import pkg from '../../../../package.json' with { type: 'json' };

/** Bare package names a bundle imports statically (`import … from "x"`, `require("x")`) and lazily (`import("x")`). */
function importedPackages(code: string) {
  const name = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
  const isPackage = (spec: string) => !spec.startsWith('.') && !spec.startsWith('node:') && !builtinModules.includes(spec);
  const statics = [...code.matchAll(/^import [^;]*?from "([^"]+)"|require\("([^"]+)"\)/gm)].map((m) => m[1] ?? m[2]!);
  const lazy = [...code.matchAll(/\bimport\("([^"]+)"\)/g)].map((m) => m[1]!);
  return { statics: new Set(statics.filter(isPackage).map(name)), lazy: new Set(lazy.filter(isPackage).map(name)) };
}

describe('the Electron bundle the packaged app runs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'electron-bundle-'));
    await bundleElectron(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('main loads at start only electron and the runtime dependencies electron-builder ships', () => {
    const { statics } = importedPackages(readFileSync(join(dir, 'main.js'), 'utf8'));
    const shipped = new Set(['electron', ...Object.keys(pkg.dependencies)]);
    expect([...statics].filter((p) => !shipped.has(p))).toEqual([]);
  });

  it('ships no runtime dependency that main does not load (a bundled package belongs in devDependencies)', () => {
    const { statics } = importedPackages(readFileSync(join(dir, 'main.js'), 'utf8'));
    expect(Object.keys(pkg.dependencies).filter((p) => !statics.has(p))).toEqual([]);
  });

  it('main loads the headless-Chromium PDF printer only on first use (the app prints with Electron)', () => {
    const { statics, lazy } = importedPackages(readFileSync(join(dir, 'main.js'), 'utf8'));
    expect(statics.has('playwright-core')).toBe(false);
    expect(lazy).toEqual(new Set(['playwright-core']));
  });

  it('the read worker the station starts by file is built beside main and loads only shipped packages', () => {
    const { statics } = importedPackages(readFileSync(join(dir, 'read-worker.js'), 'utf8'));
    const shipped = new Set(Object.keys(pkg.dependencies));
    expect(statics.has('better-sqlite3')).toBe(true);
    expect([...statics].filter((p) => !shipped.has(p))).toEqual([]);
  });

  it('the preload requires only electron and carries no zod, just the method names', () => {
    const preload = readFileSync(join(dir, 'preload.cjs'), 'utf8');
    expect(importedPackages(preload).statics).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/ZodError|safeParse/);
    expect(preload).toContain('"recordScreening"');
  });
});
