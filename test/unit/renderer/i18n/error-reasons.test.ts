import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError, ApiErrorCode } from '../../../../shared/api/contract.ts';
import { DeviceProblem } from '../../../../shared/api/core.ts';
import { errorReasons, type ErrorReason } from '../../../../shared/api/error-reasons.ts';
import { decodeCnId, decodePlate } from '../../../../shared/decode/index.ts';
import { errorText } from '../../../../renderer/app/use-api-error.ts';

const LOCALES = join(import.meta.dirname, '../../../../renderer/i18n/locales');
const LANGS = ['zh-CN', 'en'] as const;
const load = (lang: string, ns: string) => JSON.parse(readFileSync(join(LOCALES, lang, `${ns}.json`), 'utf8')) as Record<string, Record<string, unknown>>;
const reasons = Object.keys(errorReasons) as ErrorReason[];
/** Product names and units the Chinese UI writes as they are. */
const ALLOWED_LATIN = /\b(PIN|USB|PDF|Chromium|Chrome|Edge|media|usb)\b/g;

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: Object.fromEntries(LANGS.map((l) => [l, { common: load(l, 'common'), scan: load(l, 'scan') }])),
    lng: 'zh-CN', fallbackLng: false, defaultNS: 'common', interpolation: { escapeValue: false },
  });
});

/** Sample parameters: numbers and a path, nothing English. */
const sampleParams = (reason: ErrorReason) => Object.fromEntries(errorReasons[reason].map((p) => [p, p === 'folder' ? '/media/usb' : 7]));

describe('every error the station can give reads in both languages', () => {
  it.each(reasons)('%s: a sentence in zh-CN and English, with exactly its declared parameters', (reason) => {
    for (const lang of LANGS) {
      const sentence = (load(lang, 'common').error!.reason as Record<string, string>)[reason];
      expect(sentence, `${lang}: error.reason.${reason}`).toEqual(expect.any(String));
      const used = [...sentence!.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(used, `${lang}: ${reason}`).toEqual([...errorReasons[reason]].sort());
    }
  });

  it('every category has a sentence too (an error without a reason, e.g. from an older station)', () => {
    for (const lang of LANGS) for (const code of ApiErrorCode.options) expect(load(lang, 'common').error![code], `${lang}: ${code}`).toEqual(expect.any(String));
  });

  it('the Chinese UI shows no English: not the reason\'s parameters, not the error\'s own message', async () => {
    await i18n.changeLanguage('zh-CN');
    for (const reason of reasons) {
      const text = errorText(i18n.t, new ApiError('storage', 'the folder /media/usb is not there (USB stick removed?)', [], reason, sampleParams(reason)));
      expect(text.replace(ALLOWED_LATIN, ''), reason).not.toMatch(/[A-Za-z]{3,}/);
      expect(text, reason).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const code of ApiErrorCode.options) {
      expect(errorText(i18n.t, new ApiError(code, 'the folder is not there: nothing was written')), code).not.toMatch(/folder|nothing/);
    }
  });

  it('every device problem (thermometer, serial scanner) has a sentence in both languages, not "no serial port chosen"', () => {
    for (const lang of LANGS) for (const problem of DeviceProblem.options) {
      const problems = (load(lang, 'common').device as Record<string, Record<string, string>>).problem!;
      expect(problems[problem], `${lang}: device.problem.${problem}`).toEqual(expect.any(String));
    }
  });

  it('a lock says how many minutes, in both languages', async () => {
    const locked = new ApiError('locked', 'try again in 12 min', [], 'pin-locked', { minutes: 12 });
    await i18n.changeLanguage('zh-CN');
    expect(errorText(i18n.t, locked)).toContain('12 分钟');
    await i18n.changeLanguage('en');
    expect(errorText(i18n.t, locked)).toContain('12 min');
  });

  it('every code the ID and plate checks give has a label in both languages (no "(check-char)")', () => {
    const today = '2026-02-01';
    const results = [
      ...['450203199001011234', '45020319900101123', '4502031990010112', '450203203001011237', '450203199013011232', 'ABCDEFGHIJKLMNOPQR', '450203900101123'].map((v) => decodeCnId(v, { today, localRegionPrefixes: [] })),
      ...['B12345', '桂I12345', '桂', '桂C1234', 'XX·12345'].map((v) => decodePlate(v)),
    ];
    const codes = [...new Set(results.flatMap((r) => [...r.errors, ...r.warnings]))];
    expect(codes).toEqual(expect.arrayContaining(['check-char', 'length', 'province']));
    for (const lang of LANGS) for (const code of codes) expect((load(lang, 'scan').code as Record<string, string>)[code], `${lang}: scan:code.${code}`).toEqual(expect.any(String));
  });
});
