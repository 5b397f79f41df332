import type { PersonScreening } from '../../shared/domain/screening.ts';
import { cnIdCheckChar } from '../../shared/decode/cn-id-check.ts';
import type { Random } from './random.ts';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '梁', '韦', '莫', '覃', '蒙', '廖'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '国强', '海燕', '春梅', '志明'];
/** Region codes of places people commonly travel from (GB/T 2260, county level). */
const OUTSIDE_REGIONS = ['430102', '440106', '440305', '510104', '110101', '320102', '330106', '420102', '360102', '350102', '500103', '520102'];
export const OUTSIDE_PLACES = ['长沙', '广州', '深圳', '成都', '北京', '南京', '杭州', '武汉', '南昌', '福州', '重庆', '贵阳'];
export const LOCAL_PLACES = ['本村', '镇上', '县城', '邻村', '乡卫生院', '村委会'];
const TRIP_REASONS = ['探亲', '务工返乡', '就医', '购物', '上学', '送货', '农活', '办事'];

/** A GB 11643-1999 number with a correct check character, so demo records pass validation. */
function idNumber(random: Random, region: string, sex: 'male' | 'female'): string {
  const year = random.int(1950, 2010);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  const order = random.int(0, 49) * 2 * 10 + (sex === 'male' ? random.pick([1, 3, 5, 7, 9]) : random.pick([0, 2, 4, 6, 8]));
  const body = `${region}${year}${month}${day}${String(order).padStart(3, '0')}`;
  return body + cnIdCheckChar(body)!;
}

/** A county code inside the station's first local prefix (padded to six digits). */
export function localRegion(random: Random, prefixes: readonly string[]): string {
  const prefix = prefixes[0] ?? '450321';
  return prefix + random.digits(6 - prefix.length);
}

export interface PersonRates { fever: number; yellow: number; red: number; outside: number; manualTemperature: number }

/** One person at the barrier, as staff would have filled the form in. */
export function demoPerson(random: Random, localPrefixes: readonly string[], rates: PersonRates): PersonScreening {
  const sex = random.chance(0.52) ? 'male' : 'female';
  const outside = random.chance(rates.outside);
  const celsius = random.chance(rates.fever) ? 37.3 + random.int(0, 17) / 10 : 36.0 + random.int(0, 9) / 10;
  const colour = random.chance(rates.red) ? 'red' : random.chance(rates.yellow) ? 'yellow' : 'green';
  // Outside persons always register in full; locals often give just their ID.
  const full = outside || random.chance(0.6);
  const person: PersonScreening = {
    name: full ? random.pick(SURNAMES) + random.pick(GIVEN) : '',
    sex,
    idNumber: idNumber(random, outside ? random.pick(OUTSIDE_REGIONS) : localRegion(random, localPrefixes), sex),
    phone: full ? `1${random.pick(['38', '39', '58', '77', '86', '89'])}${random.digits(8)}` : '',
    origin: outside ? random.pick(OUTSIDE_PLACES) : random.pick(LOCAL_PLACES),
    destination: random.pick(LOCAL_PLACES),
    reason: full ? random.pick(TRIP_REASONS) : '',
    temperature: { celsius: Math.round(celsius * 10) / 10, source: random.chance(rates.manualTemperature) ? 'manual' : 'device', offsetCelsius: 0 },
    healthCode: { colour },
    returnee: outside && random.chance(0.5),
  };
  // A returnee gives where in the village they will stay: the register's 村组.
  if (!person.returnee) return person;
  return { ...person, followUp: { address: demoVillageGroup(person.idNumber), arrivalDate: '', travel: person.origin, symptoms: [], localContact: '' } };
}

/** A returnee's 村组 in the demo village, from the ID number (no draw, so the random sequence is unchanged). */
export function demoVillageGroup(idNumber: string): string {
  return `新村${'一二三四五六'[Number(idNumber.slice(-2, -1)) % 6]}组${Number(idNumber.slice(-4, -2)) + 1}号`;
}

/** A plausible typing slip and its correction, for amendment records. */
export function correctedPerson(random: Random, person: PersonScreening): { person: PersonScreening; reason: string } {
  if (person.phone !== '' && random.chance(0.5)) {
    return { person: { ...person, phone: `1${random.pick(['38', '39', '58'])}${random.digits(8)}` }, reason: '电话号码录错，已更正' };
  }
  return { person: { ...person, name: random.pick(SURNAMES) + random.pick(GIVEN) }, reason: '姓名录错，已更正' };
}
