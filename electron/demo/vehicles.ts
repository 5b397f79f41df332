import type { Direction, VehicleScreening, VehicleType } from '../../shared/domain/screening.ts';
import { demoPerson, LOCAL_PLACES, OUTSIDE_PLACES, type PersonRates } from './people.ts';
import type { Random } from './random.ts';

const OUTSIDE_PLATE_PREFIXES = ['湘A', '粤B', '粤A', '桂A', '贵A', '川A', '渝B', '云A', '湘D'];
const PLATE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const TYPE_WEIGHTS: Record<VehicleType, number> = {
  'private-car': 45, taxi: 8, coach: 4, freight: 18, emergency: 2, agricultural: 8, motorcycle: 12, other: 3,
};

/** GA 36 plate: province + office letter + 5 serial characters (new-energy: D + 5 digits). */
function plate(random: Random, prefix: string): string {
  if (random.chance(0.15)) return `${prefix}D${random.digits(5)}`;
  let serial = '';
  for (let i = 0; i < 5; i++) serial += i < 2 && random.chance(0.3) ? random.pick([...PLATE_CHARS.slice(0, 24)]) : random.digits(1);
  return prefix + serial;
}

/** A vehicle at the barrier with every occupant screened (the plan drops them for a turn-back). */
export function demoVehicle(random: Random, localPlatePrefixes: readonly string[], localRegionPrefixes: readonly string[], rates: PersonRates, direction: Direction): VehicleScreening {
  const outside = random.chance(0.3) || localPlatePrefixes.length === 0;
  const vehicleType = random.weighted(TYPE_WEIGHTS);
  const occupantCount = vehicleType === 'coach' ? random.int(8, 30) : vehicleType === 'motorcycle' ? random.int(1, 2) : random.int(1, 4);
  const occupants = Array.from({ length: occupantCount }, () =>
    demoPerson(random, localRegionPrefixes, { ...rates, outside: outside ? 0.8 : rates.outside }));
  return {
    plate: plate(random, outside ? random.pick(OUTSIDE_PLATE_PREFIXES) : (localPlatePrefixes[0] ?? '桂C')),
    vehicleType,
    occupantCount,
    occupants,
    origin: direction === 'in' ? random.pick(outside ? OUTSIDE_PLACES : LOCAL_PLACES) : '本村',
    destination: direction === 'in' ? '本村' : random.pick(outside ? OUTSIDE_PLACES : LOCAL_PLACES),
    reason: vehicleType === 'freight' ? '运送物资' : '',
    greenChannel: vehicleType === 'emergency' ? '救护车' : vehicleType === 'freight' && random.chance(0.5) ? '生活物资' : outside && random.chance(0.05) ? '医护人员' : '',
  };
}
