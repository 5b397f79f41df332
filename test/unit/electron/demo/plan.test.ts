import { describe, expect, it } from 'vitest';
import { planDemo, DEMO_SUPERVISOR } from '../../../../electron/demo/plan.ts';
import { suggest } from '../../../../shared/rules/suggest.ts';
import { RuleSettings, type RuleContext } from '../../../../shared/rules/settings.ts';
import { localDateAndOffset } from '../../../../shared/domain/local-time.ts';

const ctx: RuleContext = { feverThresholdCelsius: 37.3, localRegionPrefixes: ['450321'], localPlatePrefixes: ['桂C'], rules: RuleSettings.parse({}) };
const options = { from: '2026-11-01', days: 10, perDay: 300, seed: 42, timeZone: 'Asia/Shanghai' };

describe('planDemo', () => {
  const plan = planDemo(options, ctx);

  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(planDemo(options, ctx))).toBe(JSON.stringify(plan));
    expect(JSON.stringify(planDemo({ ...options, seed: 43 }, ctx))).not.toBe(JSON.stringify(plan));
  });

  it('puts about N records on each local day, within ±15%', () => {
    const perDay = new Map<string, number>();
    for (const s of plan.screenings) {
      const day = localDateAndOffset(s.at, options.timeZone).localDate;
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect([...perDay.keys()].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`));
    for (const n of perDay.values()) {
      expect(n).toBeGreaterThanOrEqual(Math.floor(300 * 0.85));
      expect(n).toBeLessThanOrEqual(Math.ceil(300 * 1.15));
    }
  });

  it('has persons and vehicles, turn-backs, referrals, overrides and corrections in plausible shares', () => {
    const n = plan.screenings.length;
    const share = (pred: (s: (typeof plan.screenings)[number]) => boolean) => plan.screenings.filter(pred).length / n;
    expect(share((s) => s.draft.kind === 'vehicle')).toBeGreaterThan(0.2);
    expect(share((s) => s.draft.kind === 'vehicle')).toBeLessThan(0.5);
    expect(share((s) => s.decision === 'turn-away')).toBeGreaterThan(0.01);
    expect(share((s) => s.decision === 'turn-away')).toBeLessThan(0.15);
    expect(share((s) => s.decision === 'refer')).toBeGreaterThan(0.002);
    expect(share((s) => s.decision === 'refer')).toBeLessThan(0.05);
    expect(share((s) => s.overrideReason !== '')).toBeGreaterThan(0);
    expect(plan.amendments.length / n).toBeGreaterThan(0.005);
    expect(plan.amendments.length / n).toBeLessThan(0.05);
  });

  it('follows the rules except for stated overrides, and turned-back vehicles carry only a head count', () => {
    for (const s of plan.screenings) {
      const suggested = suggest(ctx, s.draft);
      if (s.overrideReason === '') expect(s.decision).toBe(suggested.decision);
      else expect(s.decision).not.toBe(suggested.decision);
      if (s.decision !== 'turn-away') expect(suggested.missing).toEqual([]);
      if (s.draft.kind === 'vehicle' && suggested.reasons.includes('outside-vehicle-barred') && s.overrideReason === '') {
        expect(s.draft.vehicle.occupants).toEqual([]);
        expect(s.draft.vehicle.occupantCount).toBeGreaterThan(0);
      }
    }
  });

  it('puts every record inside its shift, and every correction after its record in a supervisor shift', () => {
    for (const s of plan.screenings) expect(s.shift.start <= s.at && s.at < s.shift.end).toBe(true);
    for (const a of plan.amendments) {
      expect(a.at.getTime()).toBeGreaterThan(plan.screenings[a.targetIndex]!.at.getTime());
      expect(a.shift.staff).toBe(DEMO_SUPERVISOR.name);
      expect(a.shift.start <= a.at && a.at < a.shift.end).toBe(true);
    }
    const staffOnShifts = new Set(plan.shifts.map((s) => s.staff));
    expect(staffOnShifts.size).toBe(4);
  });
});
