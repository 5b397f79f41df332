import type { Symptom } from '../domain/follow-up.ts';
import type { CodeColour, Decision, Direction, VehicleType } from '../domain/screening.ts';
import type { ReasonCode } from '../rules/reasons.ts';

/**
 * The Chinese words of the printed and exported 日报. Exports are read by the village and the
 * police in Excel/WPS, so they are in Chinese whatever the UI language is.
 */
export const DIRECTION_ZH: Record<Direction, string> = { in: '进', out: '出' };

export const DECISION_ZH: Record<Decision, string> = { allow: '放行', 'turn-away': '劝返', refer: '转诊' };

export const CODE_COLOUR_ZH: Record<CodeColour, string> = { green: '绿码', yellow: '黄码', red: '红码', none: '无码' };

export const SEX_ZH = { male: '男', female: '女', unknown: '' } as const;

export const VEHICLE_TYPE_ZH: Record<VehicleType, string> = {
  'private-car': '私家车',
  taxi: '出租车',
  coach: '客车',
  freight: '货车',
  emergency: '应急车辆',
  agricultural: '农用车',
  motorcycle: '摩托车',
  other: '其他',
};

export const SYMPTOM_ZH: Record<Symptom, string> = {
  fever: '发热', 'dry-cough': '干咳', fatigue: '乏力', 'sore-throat': '咽痛', 'short-breath': '气促', diarrhoea: '腹泻', 'loss-of-taste': '嗅（味）觉减退',
};

export const KIND_ZH = { person: '人员', vehicle: '车辆' } as const;

export const LOCALITY_ZH = { local: '本地', outside: '外地', unknown: '' } as const;

/** The rules' reason codes as the printed report words them. */
export const REASON_ZH: Record<ReasonCode | 'unspecified', string> = {
  'checks-passed': '检查通过',
  fever: '体温异常',
  'temperature-manual': '手工录入体温',
  'code-refused': '健康码异常（劝返）',
  'code-referred': '健康码异常（转诊）',
  'outside-person': '外地人员',
  'outside-vehicle-barred': '外地车辆禁止通行',
  'outside-vehicle': '外地车辆',
  'green-channel': '绿色通道',
  'exempt-vehicle': '免检车辆',
  outbound: '外出',
  'occupant-fever': '乘员体温异常',
  'occupant-code-refused': '乘员健康码异常（劝返）',
  'occupant-code-referred': '乘员健康码异常（转诊）',
  'occupant-outside': '乘员为外地人员',
  'risk-area': '到过中高风险地区',
  'occupant-risk-area': '乘员到过中高风险地区',
  'occupants-later': '绿色通道快速放行，乘员待补登',
  'occupants-waived': '乘员免于补登',
  override: '人工改判',
  'id-check-char': '身份证号校验位错误',
  'id-length': '身份证号位数或格式有误',
  'id-birth-date': '身份证号出生日期有误',
  'plate-invalid': '车牌号格式有误',
  unspecified: '未注明',
};

/** A reason code in Chinese; a code this version does not know is shown as recorded. */
export function reasonZh(code: string): string {
  return (REASON_ZH as Record<string, string>)[code] ?? code;
}
