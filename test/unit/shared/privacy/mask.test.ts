import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone, maskScreeningPayload } from '../../../../shared/privacy/mask.ts';

describe('maskIdNumber', () => {
  it.each([
    ['450203199001011234', '4502**********1234'],
    ['45020319900101123x', '4502**********123x'],
    [' 450203900101123 ', '4502*******1123'],
    ['12345678', '*******8'],
    ['A1', '*1'],
    ['', ''],
  ])('%j -> %j', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['0771-1234567', '077****4567'],
    ['110', '**0'],
    ['', ''],
  ])('%j -> %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });
});

describe('a masked record', () => {
  const somebody = { name: '张三', sex: 'male' as const, idNumber: '450203199001011233', phone: '13800001111', origin: '', destination: '', reason: '', returnee: false };
  const verdict = { decision: 'allow' as const, reasons: [] };

  it("hides each person's ID number, phone and scanned code text, and keeps the rest", () => {
    const person = maskScreeningPayload({
      screening: { kind: 'person', direction: 'in', person: { ...somebody, healthCode: { colour: 'green', raw: 'https://code.example/?sfzh=450203199001011233' } } },
      verdict, overrideReason: '',
    });
    expect(person.screening).toEqual({
      kind: 'person', direction: 'in', person: { ...somebody, idNumber: '4502**********1233', phone: '138****1111', healthCode: { colour: 'green' } },
    });
    expect(person.verdict).toBe(verdict);
  });

  it('keeps only the start of an address read from an ID card', () => {
    const person = maskScreeningPayload({ screening: { kind: 'person', direction: 'in', person: { ...somebody, address: '广西壮族自治区柳州市城中区某某路1号' } }, verdict, overrideReason: '' });
    expect(person.screening.kind === 'person' && person.screening.person.address).toBe(`广西壮族自治${'*'.repeat(12)}`);
  });

  it('masks every occupant of a vehicle', () => {
    const car = maskScreeningPayload({
      screening: { kind: 'vehicle', direction: 'in', vehicle: { plate: '桂B12345', vehicleType: 'private-car', occupantCount: 2, occupants: [somebody, { ...somebody, idNumber: '110101199003074514' }], origin: '', destination: '', reason: '', greenChannel: '' } },
      verdict, overrideReason: '',
    });
    expect(JSON.stringify(car)).not.toMatch(/450203199001011233|110101199003074514|13800001111/);
    expect(car.screening.kind === 'vehicle' && car.screening.vehicle.plate).toBe('桂B12345');
  });
});
