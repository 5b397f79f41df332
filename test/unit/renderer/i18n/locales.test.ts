import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISSING_CODES, REASON_CODES } from '../../../../shared/rules/reasons.ts';
import { CodeColour, Decision, VehicleType } from '../../../../shared/domain/screening.ts';

const LOCALES = join(import.meta.dirname, '../../../../renderer/i18n/locales');
const LANGS = ['zh-CN', 'en'];

type Tree = { [key: string]: string | string[] | Tree };
const load = (lang: string, ns: string) => JSON.parse(readFileSync(join(LOCALES, lang, `${ns}.json`), 'utf8')) as Tree;

/** Every leaf key as a dotted path; arrays count as one leaf (they are lists of choices). */
function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && !Array.isArray(v) ? leaves(v, `${prefix}${k}.`) : [`${prefix}${k}`]);
}

function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree);
}

const namespaces = [...new Set(LANGS.flatMap((lang) => readdirSync(join(LOCALES, lang)).map((f) => f.replace(/\.json$/, ''))))].sort();

describe('translations', () => {
  it.each(namespaces)('namespace %s has the same keys, none empty, in every language', (ns) => {
    const byLang = LANGS.map((lang) => {
      const tree = load(lang, ns);
      const keys = leaves(tree).sort();
      for (const key of keys) expect(String(lookup(tree, key)).trim(), `${lang}/${ns}: ${key}`).not.toBe('');
      return keys;
    });
    for (const keys of byLang.slice(1)) expect(keys).toEqual(byLang[0]);
  });

  it('every code the rules and the record can carry has a label', () => {
    const needed = [
      ...REASON_CODES.map((c) => `reason.${c}`),
      ...MISSING_CODES.map((c) => `missing.${c}`),
      ...Decision.options.map((d) => `decision.${d}`),
      ...Decision.options.map((d) => `result.${d}`),
      ...CodeColour.options.map((c) => `colour.${c}`),
      ...VehicleType.options.map((v) => `vehicleType.${v}`),
    ];
    for (const lang of LANGS) {
      const tree = load(lang, 'screening');
      for (const key of needed) expect(typeof lookup(tree, key), `${lang}/screening: ${key}`).toBe('string');
    }
  });

  it('the same {{placeholders}} appear in both languages', () => {
    for (const ns of namespaces) {
      const [zh, en] = LANGS.map((lang) => load(lang, ns));
      for (const key of leaves(zh!)) {
        const vars = (tree: Tree) => [...String(lookup(tree, key)).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(vars(en!), `${ns}: ${key}`).toEqual(vars(zh!));
      }
    }
  });

  it('every literal key the screens ask for exists (in the namespace their useTranslation names)', () => {
    const RENDERER = join(LOCALES, '../..');
    const files = (readdirSync(RENDERER, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'));
    let checked = 0;
    for (const file of files) {
      const source = readFileSync(join(RENDERER, file), 'utf8');
      // The first namespace a screen names is the one its bare keys are looked up in.
      const ns = /useTranslation\(\[?'(\w+)'/.exec(source)?.[1] ?? 'common';
      for (const m of source.matchAll(/\bt\('([\w.:-]+)'/g)) {
        const [keyNs, key] = m[1]!.includes(':') ? m[1]!.split(':') as [string, string] : [ns, m[1]!];
        for (const lang of LANGS) expect(typeof lookup(load(lang, keyNs), key), `${file}: ${lang}/${keyNs}:${key}`).not.toBe('undefined');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
