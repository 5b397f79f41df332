import { describe, expect, it } from 'vitest';
import { ASCII_DEFAULTS } from '../../../../shared/thermometer/ascii.ts';
import { backtrackingRisk } from '../../../../shared/thermometer/regex-risk.ts';

describe('catastrophic backtracking in a line pattern', () => {
  it('is found in a repeated group that itself repeats or chooses', () => {
    for (const risky of [
      String.raw`^(\d+)+$`, String.raw`(a*)*`, String.raw`(?:\d{1,3})+x`, String.raw`(?:a|ab)*c`, String.raw`((\d)+)+$`,
      String.raw`(?<value>(?:\d+\.?)+)`, String.raw`(x(\s*)y){2,}`, String.raw`(?:[0-9]+){2}`, String.raw`(a+?)+?`, String.raw`(?:(\d|\.)x)*`,
    ]) {
      expect(backtrackingRisk(risky), risky).toMatch(/repeats or has alternatives/);
    }
  });

  it('is not found in the default patterns or in ordinary thermometer patterns', () => {
    for (const safe of [
      ASCII_DEFAULTS.pattern, ASCII_DEFAULTS.errorPattern, String.raw`OBJ:(?<value>\d+\.\d)`, String.raw`^\s*(\d+(?:\.\d+)?)\s*([CF])?`,
      String.raw`(?:\d+)`, String.raw`(\d+)?`, String.raw`(?:ab){3}`, String.raw`(?:a|b)`, String.raw`[(+*]+\d+`, String.raw`\(\d+\)+`,
      String.raw`(?:\.\d+)?`, String.raw`a{2}`, String.raw`x{,3}+`, String.raw`[\]+]+(\d)`,
    ]) {
      expect(backtrackingRisk(safe), safe).toBeNull();
    }
  });

  it('says where the group ends', () => {
    expect(backtrackingRisk(String.raw`^(\d+)+$`)).toMatch(/at character 6/);
  });
});
