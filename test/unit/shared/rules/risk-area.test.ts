import { describe, expect, it } from 'vitest';
import { PersonScreening, Screening } from '../../../../shared/domain/screening.ts';
import { riskAreaMatch, stampRiskAreas, type RiskAreaList } from '../../../../shared/rules/risk-area.ts';
import { RuleSettings, type RuleContext } from '../../../../shared/rules/settings.ts';
import { suggest } from '../../../../shared/rules/suggest.ts';

const LIST: RiskAreaList = { issuedOn: '2026-11-28', areas: ['深圳市南山区', '440305', '长沙'] };
const SHENZHEN_ID = '440305199001011234';
const walker = (fields: Partial<PersonScreening> = {}) => PersonScreening.parse({
  name: '张三', idNumber: '450321199001011234', phone: '13800001111', origin: '南宁', reason: '探亲',
  temperature: { celsius: 36.5, source: 'device' }, healthCode: { colour: 'green' }, ...fields,
});
const ctx = (rules: Partial<RuleSettings> = {}): RuleContext => ({
  feverThresholdCelsius: 37.3, localRegionPrefixes: ['4503'], localPlatePrefixes: ['桂C'], rules: RuleSettings.parse({ riskAreas: LIST, ...rules }),
});
const inbound = (person: PersonScreening): Screening => ({ kind: 'person', direction: 'in', person });

describe('riskAreaMatch', () => {
  it.each([
    ['the declared origin', walker({ origin: '深圳市 南山区' }), '深圳市南山区'],
    ['a place on the 14-day travel', walker({ followUp: { address: '', arrivalDate: '', travel: '广州、长沙、南宁', symptoms: [], localContact: '' } }), '长沙'],
    ['a region code typed as the origin', walker({ origin: '440305' }), '440305'],
  ])('matches %s', (_, person, area) => expect(riskAreaMatch(person, LIST)).toBe(area));

  it('never judges by the ID number: the household register is not where someone was', () => {
    expect(riskAreaMatch(walker({ idNumber: SHENZHEN_ID, origin: '南宁' }), LIST)).toBeNull();
  });

  it('matches nothing on an empty list or an empty declaration', () => {
    expect(riskAreaMatch(walker({ origin: '长沙' }), { issuedOn: '', areas: [] })).toBeNull();
    expect(riskAreaMatch(walker({ origin: '' }), LIST)).toBeNull();
  });
});

describe('the rules for someone from a listed risk area', () => {
  it.each([
    ['register', 'allow'],
    ['refer', 'refer'],
    ['turn-away', 'turn-away'],
  ] as const)('policy %s suggests %s, with the flag among the reasons', (riskAreaPolicy, decision) => {
    const s = suggest(ctx({ riskAreaPolicy }), inbound(walker({ origin: '长沙' })));
    expect(s.decision).toBe(decision);
    expect(s.reasons).toContain('risk-area');
  });

  it('flags an occupant of a car, and nobody going out', () => {
    const car: Screening = { kind: 'vehicle', direction: 'in', vehicle: { plate: '桂C12345', vehicleType: 'private-car', occupantCount: 1, occupants: [walker({ origin: '长沙' })], origin: '', destination: '', reason: '', greenChannel: '' } };
    expect(suggest(ctx(), car)).toMatchObject({ decision: 'refer', reasons: expect.arrayContaining(['occupant-risk-area']) });
    expect(suggest(ctx(), { kind: 'person', direction: 'out', person: walker({ origin: '长沙' }) }).reasons).not.toContain('risk-area');
  });

  it('asks for the follow-up fields the station requires, and only those', () => {
    const rules = { followUpRequired: ['address', 'symptoms'] as const };
    expect(suggest(ctx({ followUpRequired: [...rules.followUpRequired] }), inbound(walker())).missing).toEqual(['address', 'symptoms']);
    const filled = walker({ followUp: { address: '新村三组', arrivalDate: '', travel: '', symptoms: ['dry-cough'], localContact: '' } });
    expect(suggest(ctx({ followUpRequired: [...rules.followUpRequired] }), inbound(filled)).missing).toEqual([]);
    expect(suggest(ctx(), inbound(walker())).missing).toEqual([]);
  });
});

describe('stampRiskAreas', () => {
  it('writes the matched area and the list date into the record', () => {
    const stamped = stampRiskAreas(inbound(walker({ origin: '长沙' })), LIST);
    expect(stamped.kind === 'person' && stamped.person.followUp?.riskArea).toEqual({ area: '长沙', listIssuedOn: '2026-11-28' });
  });

  it('drops a finding the client made up, and leaves a person without one untouched', () => {
    const forged = walker({ followUp: { address: '', arrivalDate: '', travel: '', symptoms: [], localContact: '', riskArea: { area: '南宁', listIssuedOn: '2026-01-01' } } });
    const stamped = stampRiskAreas(inbound(forged), LIST);
    expect(stamped.kind === 'person' && stamped.person.followUp?.riskArea).toBeUndefined();
    const plain = inbound(walker());
    expect(stampRiskAreas(plain, LIST)).toEqual(plain);
  });
});
