import { describe, expect, it } from 'vitest';
import { personFromScan } from '../../../../../renderer/screens/screening/scan.ts';
import { emptyPerson } from '../../../../../renderer/screens/screening/draft.ts';
import { makeCnId } from '../../../../support/cn-id-maker.ts';

const options = { today: '2026-11-29', localRegionPrefixes: ['4503'] };
const ID = makeCnId('450321', '19900101', '124');

describe('personFromScan', () => {
  it('an ID number fills the ID and the sex it encodes', () => {
    expect(personFromScan(emptyPerson(), ID, options)).toMatchObject({ idNumber: ID, sex: 'female' });
  });
  it('a health code keeps its raw text, its colour only as a hint, and fills name and ID when it carries them', () => {
    const raw = JSON.stringify({ xm: '张三', sfzh: ID, color: '红码' });
    const person = personFromScan({ ...emptyPerson(), phone: '13800000000' }, raw, options);
    expect(person).toMatchObject({ name: '张三', idNumber: ID, phone: '13800000000', healthCode: { hint: 'red', raw } });
    // Staff tap the colour they see; the code's own text never sets it.
    expect(person?.healthCode?.colour).toBeUndefined();
  });
  it('a health code without a colour keeps the colour already chosen', () => {
    const before = { ...emptyPerson(), healthCode: { colour: 'green' as const } };
    expect(personFromScan(before, 'xm=李四&sfzh=' + ID, options)?.healthCode?.colour).toBe('green');
  });
  it('a plate or noise fills nothing', () => {
    expect(personFromScan(emptyPerson(), '桂C12345', options)).toBeNull();
    expect(personFromScan(emptyPerson(), 'hello world', options)).toBeNull();
  });
});
