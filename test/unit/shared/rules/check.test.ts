import { describe, expect, it } from 'vitest';
import { makeCnId } from '../../../support/cn-id-maker.ts';
import { checkDecision } from '../../../../shared/rules/check.ts';
import { RuleSettings, type RuleContext } from '../../../../shared/rules/settings.ts';
import { Screening } from '../../../../shared/domain/screening.ts';

const ctx: RuleContext = { feverThresholdCelsius: 37.3, localRegionPrefixes: ['4503'], localPlatePrefixes: ['桂C'], rules: RuleSettings.parse({}) };
const LOCAL_ID = makeCnId('450321', '19900101', '123');
const local = (celsius?: number, idNumber = LOCAL_ID) => Screening.parse({
  kind: 'person', direction: 'in',
  person: { idNumber, temperature: celsius === undefined ? undefined : { celsius, source: 'device' }, healthCode: { colour: 'green' } },
});
const taxi = Screening.parse({ kind: 'vehicle', direction: 'in', vehicle: { plate: '湘A12345', vehicleType: 'taxi', occupantCount: 2 } });

describe('checkDecision', () => {
  it('records the suggestion as made by the rules', () => {
    expect(checkDecision(ctx, local(36.6), 'allow', '')).toEqual({
      ok: true, verdict: { decision: 'allow', reasons: ['checks-passed'] }, suggested: { decision: 'allow', reasons: ['checks-passed'] }, overrideReason: '',
    });
  });
  it('refuses another decision without a reason', () => {
    expect(checkDecision(ctx, local(38.0), 'allow', '  ')).toEqual({ ok: false, problem: 'override-reason-required', suggested: { decision: 'refer', reasons: ['fever'] } });
  });
  it('records an override with its reason beside the suggestion', () => {
    expect(checkDecision(ctx, taxi, 'allow', ' 村医出诊 ')).toEqual({
      ok: true, verdict: { decision: 'allow', reasons: ['override'] }, suggested: { decision: 'turn-away', reasons: ['outside-vehicle-barred'] }, overrideReason: '村医出诊',
    });
  });
  it('refuses to let in or refer an incomplete draft, but a turn-away needs nothing more', () => {
    expect(checkDecision(ctx, local(), 'allow', '')).toEqual({ ok: false, problem: 'incomplete', missing: ['temperature'] });
    expect(checkDecision(ctx, local(), 'refer', 'looks ill')).toEqual({ ok: false, problem: 'incomplete', missing: ['temperature'] });
    expect(checkDecision(ctx, local(), 'turn-away', 'refused the thermometer')).toMatchObject({ ok: true, verdict: { decision: 'turn-away', reasons: ['override'] } });
  });
  it('a stated reason is dropped when the decision is the suggested one', () => {
    expect(checkDecision(ctx, taxi, 'turn-away', 'whatever')).toMatchObject({ ok: true, overrideReason: '' });
  });

  it('a wrong ID number is never "normal": even the suggested decision needs a stated reason, recorded beside it', () => {
    const wrongCheck = LOCAL_ID.slice(0, 17) + (LOCAL_ID[17] === '0' ? '1' : '0');
    expect(checkDecision(ctx, local(36.6, wrongCheck), 'allow', '')).toEqual({
      ok: false, problem: 'override-reason-required', suggested: { decision: 'allow', reasons: ['id-check-char'] },
    });
    expect(checkDecision(ctx, local(36.6, wrongCheck), 'allow', '证件破损，已核对本人')).toEqual({
      ok: true, verdict: { decision: 'allow', reasons: ['id-check-char', 'override'] }, suggested: { decision: 'allow', reasons: ['id-check-char'] },
      overrideReason: '证件破损，已核对本人',
    });
    expect(checkDecision(ctx, local(38.0, LOCAL_ID.slice(0, 17)), 'refer', '')).toMatchObject({ ok: false, problem: 'override-reason-required' });
  });
  it('a plate that is no plate needs a stated reason too, and is not judged outside', () => {
    const noProvince = Screening.parse({ kind: 'vehicle', direction: 'in', vehicle: { plate: 'B12345', vehicleType: 'taxi', occupantCount: 0 } });
    expect(checkDecision(ctx, noProvince, 'turn-away', '')).toEqual({ ok: false, problem: 'override-reason-required', suggested: { decision: 'allow', reasons: ['plate-invalid'], occupants: [] } });
  });
});
